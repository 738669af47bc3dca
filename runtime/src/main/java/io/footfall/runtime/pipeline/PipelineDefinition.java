package io.footfall.runtime.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * A pipeline as stored in a {@code *.footfall.json} file ({@code footfall-pipeline/1}, see
 * docs/pipeline-format.md). Immutable; edits make a new definition (the canvas's undo relies on it).
 *
 * @param floorplan the floorplan file the pipeline is drawn over, relative to the pipeline file (or null)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "id", "title", "description", "floorplan", "parameters", "settings", "errorPolicy",
        "stages", "edges"})
public record PipelineDefinition(String format, String id, String title, String description, String floorplan,
                                 List<ParameterDefinition> parameters, PipelineSettings settings,
                                 ErrorPolicy errorPolicy, List<StageInstance> stages, List<Edge> edges) {

    public static final String FORMAT = "footfall-pipeline/1";

    public PipelineDefinition {
        format = format == null ? FORMAT : format;
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        settings = settings == null ? PipelineSettings.defaults() : settings;
        errorPolicy = errorPolicy == null ? ErrorPolicy.defaults() : errorPolicy;
        stages = stages == null ? List.of() : List.copyOf(stages);
        edges = edges == null ? List.of() : List.copyOf(edges);
    }

    public Optional<StageInstance> stage(String name) {
        return stages.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public PipelineDefinition withStages(List<StageInstance> newStages) {
        return new PipelineDefinition(format, id, title, description, floorplan, parameters, settings, errorPolicy,
                newStages, edges);
    }

    public PipelineDefinition withEdges(List<Edge> newEdges) {
        return new PipelineDefinition(format, id, title, description, floorplan, parameters, settings, errorPolicy,
                stages, newEdges);
    }

    public PipelineDefinition withFloorplan(String newFloorplan) {
        return new PipelineDefinition(format, id, title, description, newFloorplan, parameters, settings, errorPolicy,
                stages, edges);
    }

    public PipelineDefinition withParameters(List<ParameterDefinition> newParameters) {
        return new PipelineDefinition(format, id, title, description, floorplan, newParameters, settings, errorPolicy,
                stages, edges);
    }

    public PipelineDefinition withTitle(String newTitle) {
        return new PipelineDefinition(format, id, newTitle, description, floorplan, parameters, settings, errorPolicy,
                stages, edges);
    }
}
