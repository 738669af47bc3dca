package io.footfall.canvas.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.canvas.clipboard.StageClipboard;
import io.footfall.canvas.testing.TestPipelines;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClipboardFormatTest {

    @Test
    void copiedStagesAreReadableJsonWithOnlyTheEdgesBetweenThem() {
        GraphModel model = GraphModel.of(TestPipelines.sample(), TestPipelines.registry());
        var content = StageClipboard.capture(List.of(model.node("route").get(), model.node("count").get()), model.edges());
        String json = StageClipboard.toJson(content);
        assertThat(json).contains("\"footfall-stages/1\"").contains("\"canvastest.processor.router\"").contains("\"stages\"");
        assertThat(StageClipboard.fromJson(json)).hasValue(content);
        assertThat(content.edges()).extracting(e -> e.from() + ">" + e.to()).containsExactly("route>count");
    }

    @Test
    void otherTextIsNotTakenForStages() {
        assertThat(StageClipboard.fromJson("hello")).isEmpty();
        assertThat(StageClipboard.fromJson("{\"format\":\"footfall-pipeline/1\"}")).isEmpty();
        assertThat(StageClipboard.fromJson("")).isEmpty();
    }
}
