package io.footfall.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.app.TestStageTypes;
import io.footfall.runtime.pipeline.PipelineJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineDocumentTest {
    @TempDir
    Path dir;

    @Test
    void anEditMarksTheTitleDirtyAndUndoingItMakesItCleanAgain() {
        PipelineDocument doc = new PipelineDocument();
        assertThat(doc.titleProperty().get()).isEqualTo("Untitled — Footfall Studio");
        doc.edit("Add", PipelineEdits.addStage(TestStageTypes.ORIGIN, 1, 2));
        assertThat(doc.isDirty()).isTrue();
        assertThat(doc.titleProperty().get()).startsWith("● Untitled");
        doc.history().undo();
        assertThat(doc.pipeline().stages()).isEmpty();
        assertThat(doc.isDirty()).as("back at what was there").isFalse();
    }

    @Test
    void saveAsWritesTheFileReopensEqualAndKeepsTheFloorplanReachable() throws Exception {
        Files.createDirectories(dir.resolve("plans"));
        Path plan = Files.writeString(dir.resolve("plans").resolve("mall.json"), "{}").toAbsolutePath();
        PipelineDocument doc = new PipelineDocument();
        doc.newPipeline(plan);
        doc.edit("Add", PipelineEdits.addStage(TestStageTypes.ORIGIN, 3, 4));
        doc.saveAs(dir.resolve("work/first"));
        Path saved = dir.resolve("work/first.footfall.json");
        assertThat(saved).exists();
        assertThat(doc.isDirty()).isFalse();
        assertThat(doc.titleProperty().get()).isEqualTo("first.footfall.json — Footfall Studio");
        assertThat(doc.pipeline().floorplan()).isEqualTo("../plans/mall.json");
        assertThat(doc.floorplanFile()).contains(plan);

        PipelineDocument again = new PipelineDocument();
        again.open(saved);
        assertThat(again.pipeline()).isEqualTo(doc.pipeline());
        assertThat(again.floorplanFile()).contains(plan);
        assertThat(PipelineJson.read(saved).stages()).hasSize(1);
    }

    @Test
    void aSaveLeavesNoTemporaryFileBehind() throws Exception {
        PipelineDocument doc = new PipelineDocument();
        doc.saveAs(dir.resolve("p.footfall.json"));
        doc.edit("Add", PipelineEdits.addStage(TestStageTypes.SINK, 0, 0));
        doc.save();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("p.footfall.json");
        }
    }

    @Test
    void freshNamesAreUniqueAndReadable() {
        PipelineDocument doc = new PipelineDocument();
        doc.edit("Add", PipelineEdits.addStage(TestStageTypes.ORIGIN, 0, 0));
        doc.edit("Add", PipelineEdits.addStage(TestStageTypes.ORIGIN, 0, 0));
        assertThat(doc.pipeline().stages()).extracting(s -> s.name()).containsExactly("fileOrigin", "fileOrigin2");
    }
}
