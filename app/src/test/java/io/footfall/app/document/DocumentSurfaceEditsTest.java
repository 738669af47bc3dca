package io.footfall.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.app.TestStageTypes;
import io.footfall.runtime.pipeline.Edge;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentSurfaceEditsTest {
    private final PipelineDocument doc = new PipelineDocument();
    private final DocumentSurfaceEdits edits = new DocumentSurfaceEdits(doc.history(), TestStageTypes.registry());

    @Test
    void connectsAnAllowedLaneAsOneUndoableStep() {
        String origin = edits.addStage(TestStageTypes.ORIGIN.id(), 0, 0);
        String router = edits.addStage(TestStageTypes.ROUTER.id(), 20, 0);
        assertThat(edits.connect(origin, "output", router)).isNull();
        assertThat(doc.pipeline().edges()).containsExactly(new Edge(origin, "output", router));
        doc.history().undo();
        assertThat(doc.pipeline().edges()).isEmpty();
        assertThat(doc.pipeline().stages()).hasSize(2);
    }

    @Test
    void refusesConnectionsTheStageTypesDoNotAllowAndSaysWhy() {
        String origin = edits.addStage(TestStageTypes.ORIGIN.id(), 0, 0);
        String router = edits.addStage(TestStageTypes.ROUTER.id(), 20, 0);
        String sink = edits.addStage(TestStageTypes.SINK.id(), 40, 0);
        assertThat(edits.connect(router, "a", origin)).contains("origin");
        assertThat(edits.connect(router, "output", sink)).contains("no output lane 'output'");
        assertThat(edits.connect(router, "a", router)).contains("itself");
        assertThat(edits.connect(router, "a", sink)).isNull();
        assertThat(edits.connect(router, "a", sink)).contains("already connected");
        String second = edits.addStage(TestStageTypes.ROUTER.id(), 60, 0);
        assertThat(edits.connect(router, "b", second)).isNull();
        assertThat(edits.connect(second, "a", router)).contains("cycle");
        assertThat(doc.pipeline().edges()).hasSize(2);
    }

    @Test
    void deletingAStageRemovesItsEdgesInOneStep() {
        String origin = edits.addStage(TestStageTypes.ORIGIN.id(), 0, 0);
        String sink = edits.addStage(TestStageTypes.SINK.id(), 40, 0);
        edits.connect(origin, "output", sink);
        edits.delete(List.of(origin));
        assertThat(doc.pipeline().stages()).extracting(s -> s.name()).containsExactly(sink);
        assertThat(doc.pipeline().edges()).isEmpty();
        doc.history().undo();
        assertThat(doc.pipeline().edges()).hasSize(1);
    }

    @Test
    void anUnknownTypeIsNotAdded() {
        assertThat(edits.addStage("no.such.type", 0, 0)).isNull();
        assertThat(doc.pipeline().stages()).isEmpty();
        assertThat(doc.history().canUndoProperty().get()).isFalse();
    }
}
