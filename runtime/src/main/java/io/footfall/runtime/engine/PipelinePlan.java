package io.footfall.runtime.engine;

import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.pipeline.Edge;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated pipeline, ready to run or preview: stages in topological order (the origin first), the
 * edges between them, the parameter values in force and where relative paths resolve.
 *
 * @param pipelineFile     the file the pipeline was read from, or null (an unsaved pipeline in the studio)
 * @param errorDestination the stage the error stream goes to, or null for the default JSONL file
 */
public record PipelinePlan(PipelineDefinition definition, List<PlannedStage> stages, List<Edge> edges,
                           Map<String, String> parameters, Path baseDirectory, Path floorplanFile,
                           Path pipelineFile, PlannedStage errorDestination) {

    /**
     * The pseudo-stage pipeline lifecycle events come from: an edge {@code {"from": "@pipeline", "lane":
     * "event", "to": "x"}} delivers {@code pipeline-started}, {@code pipeline-stopped} and
     * {@code pipeline-failed} records to stage x.
     */
    public static final String PIPELINE_EVENT_SOURCE = "@pipeline";

    public PipelinePlan {
        stages = List.copyOf(stages);
        edges = List.copyOf(edges);
        parameters = Map.copyOf(parameters);
    }

    public PipelineSettings settings() {
        return definition.settings();
    }

    public PlannedStage origin() {
        return stages.stream().filter(s -> s.kind() == StageKind.ORIGIN).findFirst()
                .orElseThrow(() -> new IllegalStateException("a validated plan has an origin"));
    }

    public Optional<PlannedStage> stage(String name) {
        return stages.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** A short name for files and threads: the pipeline file's name, else its id, else "pipeline". */
    public String displayName() {
        if (pipelineFile != null) {
            return pipelineFile.getFileName().toString();
        }
        return definition.id() != null && !definition.id().isBlank() ? definition.id() : "pipeline";
    }
}
