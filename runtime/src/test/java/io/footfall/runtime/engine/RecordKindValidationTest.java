package io.footfall.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.pipeline.Edge;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineJson;
import io.footfall.runtime.pipeline.StageInstance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Edges whose records are not what the stage they feed takes are warned about; the bundled pipeline has none. */
class RecordKindValidationTest {
    private static final Path ROOT = Path.of(System.getProperty("footfall.repo.root", "..")).toAbsolutePath().normalize();
    private static final Path STANDARD = ROOT.resolve("pipelines/standard-foot-traffic.footfall.json");
    private final PipelineValidator validator = PipelineValidator.withDefaultRegistry();

    private List<String> kindWarnings(PipelineDefinition p) {
        ValidationResult r = validator.validate(p, Map.of(), STANDARD, STANDARD.getParent(), false);
        return r.warnings().stream().map(ConfigIssue::toString).filter(w -> w.contains(" takes ")).toList();
    }

    @Test
    void theBundledPipelineConnectsOnlyMatchingKinds() throws Exception {
        assertThat(kindWarnings(PipelineJson.read(STANDARD))).isEmpty();
    }

    @Test
    void sightingsFedToTheHeatmapThroughAFilterAreNamed() throws Exception {
        PipelineDefinition standard = PipelineJson.read(STANDARD);
        List<StageInstance> stages = new ArrayList<>(standard.stages());
        stages.add(new StageInstance("strong", "footfall.processor.filter", 1, null, Map.of("condition", "rssi > -80"), null));
        List<Edge> edges = new ArrayList<>(standard.edges());
        edges.add(new Edge("check", "output", "strong"));
        edges.add(new Edge("strong", "output", "heatmap"));
        assertThat(kindWarnings(standard.withStages(stages).withEdges(edges))).singleElement().satisfies(w -> assertThat(w)
                .contains("heatmap").contains("takes positions, but 'strong' sends it sightings"));
    }
}
