package io.footfall.canvas.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.canvas.testing.TestPipelines;
import io.footfall.runtime.pipeline.Edge;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineJson;
import io.footfall.runtime.pipeline.StageInstance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kinds of record the stage descriptions declare decide what connects (the bundled foot-traffic pipeline). */
class RecordKindRulesTest {
    private static final Path ROOT = Path.of(System.getProperty("footfall.repo.root", "..")).toAbsolutePath().normalize();
    private final PipelineDefinition standard;

    RecordKindRulesTest() throws Exception {
        standard = PipelineJson.read(ROOT.resolve("pipelines/standard-foot-traffic.footfall.json"));
    }

    private static GraphModel model(PipelineDefinition p) {
        return GraphModel.of(p, TestPipelines.registry());
    }

    private static GraphNode n(GraphModel m, String name) {
        return m.node(name).orElseThrow();
    }

    @Test
    void everyEdgeOfTheBundledPipelineConnectsAgain() {
        for (Edge e : standard.edges()) {
            List<Edge> others = new ArrayList<>(standard.edges());
            others.remove(e);
            GraphModel m = model(standard.withEdges(others));
            assertThat(m.rules().refusal(n(m, e.from()), e.lane(), n(m, e.to()))).as(e.toString()).isEmpty();
        }
    }

    @Test
    void aStageThatTakesPositionsRefusesSightingsAndSaysWhy() {
        GraphModel m = model(standard);
        assertThat(m.rules().refusal(n(m, "sightings"), "output", n(m, "heatmap")))
                .hasValue("'heatmap' takes positions, and 'sightings' sends sightings");
        assertThat(m.rules().refusal(n(m, "positioning"), "output", n(m, "zoneStats")))
                .hasValue("'zoneStats' takes visits, and 'positioning' sends positions");
        assertThat(m.rules().refusal(n(m, "visitors"), "staff", n(m, "sessionizer")))
                .hasValue("'sessionizer' takes positions, and 'visitors' sends sightings on lane 'staff'");
    }

    @Test
    void aFilterPassesOnTheKindItIsFed() {
        List<StageInstance> stages = new ArrayList<>(standard.stages());
        stages.add(TestPipelines.stage("strong", "footfall.processor.filter", Map.of("condition", "rssi > -80"), 0, 0));
        stages.add(TestPipelines.stage("inside", "footfall.processor.filter", Map.of("condition", "zone != null"), 0, 0));
        List<Edge> edges = new ArrayList<>(standard.edges());
        edges.add(new Edge("check", "output", "strong"));
        edges.add(new Edge("zones", "output", "inside"));
        GraphModel m = model(standard.withStages(stages).withEdges(edges));
        assertThat(m.rules().refusal(n(m, "strong"), "output", n(m, "heatmap")))
                .hasValue("'heatmap' takes positions, and 'strong' sends sightings");
        assertThat(m.rules().refusal(n(m, "inside"), "output", n(m, "heatmap"))).isEmpty();
        // Fed by nothing yet, a filter could carry anything: nothing to refuse.
        stages.add(TestPipelines.stage("loose", "footfall.processor.filter", Map.of("condition", "true"), 0, 0));
        GraphModel loose = model(standard.withStages(stages).withEdges(edges));
        assertThat(loose.rules().refusal(n(loose, "loose"), "output", n(loose, "heatmap"))).isEmpty();
        // Generic destinations take any kind, events included.
        assertThat(m.rules().refusal(n(m, "visitors"), "event", n(m, "staff"))).isEmpty();
    }
}
