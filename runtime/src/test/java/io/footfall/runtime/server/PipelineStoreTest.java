package io.footfall.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.pipeline.PipelineJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a crash can leave in the data folder, and ids that look like the store's own leftovers. */
class PipelineStoreTest {
    @TempDir
    Path data;

    @Test
    void aRestartRemovesHalfWrittenFilesAndHalfDeletedPipelinesButKeepsIdsThatLookLikeThem() throws Exception {
        PipelineStore store = new PipelineStore(data);
        store.put("x.tmp", PipelineJson.parse(ServerFixtures.generatorPipeline("x.tmp", 1, 0), "test"));
        store.put("kept", PipelineJson.parse(ServerFixtures.generatorPipeline("kept", 1, 0), "test"));
        store.put("gone", PipelineJson.parse(ServerFixtures.generatorPipeline("gone", 1, 0), "test"));
        Path halfWritten = Files.writeString(data.resolve("pipelines/kept/v2.footfall.json.123.tmp"), "{\"format\":");
        Files.createDirectories(data.resolve("trash"));
        Files.move(data.resolve("pipelines/gone"), data.resolve("trash/gone.42"));

        PipelineStore restarted = new PipelineStore(data);
        assertThat(restarted.ids()).containsExactly("kept", "x.tmp");
        assertThat(restarted.versions("kept")).containsExactly(1);
        assertThat(restarted.get("x.tmp", null)).isPresent();
        assertThat(halfWritten).doesNotExist();
        assertThat(data.resolve("trash")).doesNotExist();

        assertThat(restarted.delete("kept")).isTrue();
        assertThat(restarted.ids()).containsExactly("x.tmp");
        assertThat(restarted.put("kept", PipelineJson.parse(ServerFixtures.generatorPipeline("kept", 1, 0), "test")))
                .as("a deleted id starts its history again").isEqualTo(1);
    }
}
