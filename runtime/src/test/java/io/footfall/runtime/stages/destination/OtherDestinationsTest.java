package io.footfall.runtime.stages.destination;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.testing.StageRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherDestinationsTest {
    @TempDir
    Path dir;

    @Test
    void errorFileWritesTheRecordWithItsError() throws Exception {
        Record failed = Record.fromJava("s.jsonl::42", Map.of("text", "{oops"));
        failed.header().passedStage("origin");
        failed.header().setError("parse", "MALFORMED_JSON", "s.jsonl line 42: malformed JSON", 1_764_064_800_000L);
        StageRunner runner = StageRunner.of(ErrorFileDestination.ID).baseDirectory(dir).build().initOrFail();
        runner.write(List.of(failed));
        runner.destroy();
        Path file = Path.of(runner.events().get(0).getString("/path"));
        assertThat(file.getParent()).isEqualTo(dir.resolve("errors"));
        JsonNode line = new ObjectMapper().readTree(Files.readAllLines(file).get(0));
        assertThat(line.get("record").get("text").asText()).isEqualTo("{oops");
        assertThat(line.get("errorStage").asText()).isEqualTo("parse");
        assertThat(line.get("errorCode").asText()).isEqualTo("MALFORMED_JSON");
        assertThat(line.get("errorMessage").asText()).isEqualTo("s.jsonl line 42: malformed JSON");
        assertThat(line.get("errorTs").asLong()).isEqualTo(1_764_064_800_000L);
        assertThat(line.get("sourceId").asText()).isEqualTo("s.jsonl::42");
        assertThat(line.get("stagesPassed").get(0).asText()).isEqualTo("origin");
    }

    @Test
    void trashCountsWhatItDiscards() throws Exception {
        StageRunner runner = StageRunner.of(TrashDestination.ID).build().initOrFail();
        runner.write(List.of(new Record("a"), new Record("b")));
        assertThat(runner.metrics().counter("discarded")).isEqualTo(2);
    }
}
