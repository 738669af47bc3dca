package io.footfall.canvas.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.footfall.canvas.testing.CanvasTestStages;
import io.footfall.canvas.testing.TestPipelines;
import io.footfall.runtime.pipeline.Edge;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineJson;
import io.footfall.runtime.pipeline.StageInstance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphModelTest {

    @Test
    void definitionToModelToDefinitionIsLossless() throws Exception {
        PipelineDefinition original = TestPipelines.sample();
        GraphModel model = GraphModel.of(original, TestPipelines.registry());
        assertThat(model.toDefinition()).isEqualTo(original);
        // Also through the file format, as the studio does it.
        PipelineDefinition reread = PipelineJson.parse(PipelineJson.toJson(model.toDefinition()), "memory");
        assertThat(GraphModel.of(reread, TestPipelines.registry()).toDefinition()).isEqualTo(original);
    }

    @Test
    void unknownTypesMissingPositionsAndLabelsSurviveTheRoundTrip() {
        PipelineDefinition original = TestPipelines.sample()
                .withStages(List.of(
                        new StageInstance("legacy", "vendor.origin.radar", 7, "Old radar", Map.of("x", 1), null),
                        new StageInstance("sink", CanvasTestStages.TRASH, 1, null, Map.of(), null)))
                .withEdges(List.of(new Edge("legacy", "pings", "sink")));
        GraphModel model = GraphModel.of(original, TestPipelines.registry());
        GraphNode legacy = model.node("legacy").orElseThrow();
        assertThat(legacy.definition()).isEmpty();
        assertThat(legacy.outputLanes()).contains("pings");
        assertThat(legacy.isPositioned()).isFalse();
        assertThat(model.toDefinition()).isEqualTo(original);
    }

    @Test
    void portsComeFromTheStageDefinitionsAndFollowTheConfiguration() {
        GraphModel model = GraphModel.of(TestPipelines.sample(), TestPipelines.registry());
        GraphNode sensors = model.node("sensors").orElseThrow();
        GraphNode route = model.node("route").orElseThrow();
        GraphNode store = model.node("store").orElseThrow();
        assertThat(sensors.hasInput()).isFalse();
        assertThat(sensors.outputLanes()).containsExactly("output", "event");
        assertThat(store.hasInput()).isTrue();
        assertThat(store.outputLanes()).isEmpty();
        assertThat(route.outputLanes()).containsExactly("inside", "outside");
        route.setConfig(Map.of("routes", List.of("north", "south", "east")));
        assertThat(route.outputLanes()).containsExactly("north", "south", "east");
        // The model keeps edges on lanes that vanished (nothing is lost) and reports them as broken.
        assertThat(model.edges().stream().filter(e -> !e.laneExists()).map(GraphEdge::lane)).containsExactly("inside", "outside");
    }

    @Test
    void newNodesGetDefaultsAndFreeNames() {
        GraphModel model = GraphModel.of(TestPipelines.sample(), TestPipelines.registry());
        GraphNode n = model.createNode(CanvasTestStages.PARSER, 3, 4);
        assertThat(n.getName()).isEqualTo("parser");
        assertThat(n.getConfig()).containsEntry("field", "/text").containsEntry("onRecordError", "TO_ERROR");
        assertThat(model.uniqueName("parse", java.util.Set.of())).isEqualTo("parse2");
        assertThat(model.uniqueName("parse", java.util.Set.of("parse2"))).isEqualTo("parse3");
        assertThatThrownBy(() -> model.createNode("no.such.type", 0, 0)).hasMessageContaining("no.such.type");
    }

    @Test
    void edgesToStagesThatDoNotExistAreRefusedWithTheirNames() {
        PipelineDefinition broken = TestPipelines.sample().withEdges(List.of(new Edge("ghost", "output", "parse")));
        assertThatThrownBy(() -> GraphModel.of(broken, TestPipelines.registry())).hasMessageContaining("ghost");
    }
}
