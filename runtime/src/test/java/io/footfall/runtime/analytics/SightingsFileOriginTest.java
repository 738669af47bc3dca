package io.footfall.runtime.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.testing.StageRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SightingsFileOriginTest {
    @TempDir
    Path dir;

    @Test
    void readsSightingsInBatchesAndReportsBadLinesWithTheirNumbers() throws Exception {
        Path file = dir.resolve("s.jsonl");
        Files.writeString(file, """
                {"ts": 1, "sensor": "s-a", "device": "d1", "rssi": -60, "kind": "wifi", "seq": 7}
                {"ts": 2, "sensor": "s-a", "device": "d1", "rssi": "loud", "kind": "wifi"}
                [1, 2]
                {"ts": 3, "sensor": "s-b", "device": "d2", "rssi": -70, "kind": "ble"}
                {"ts": 4, "sensor": "s-b", "device": "d2", "rssi": -71, "kind": "ble"}
                """);
        StageRunner runner = StageRunner.of("footfall.analytics.sightingsFile").config("path", file.toString()).build().initOrFail();
        StageRunner.Output first = runner.produce(null, 3);
        assertThat(first.records()).extracting(r -> r.get("/ts").asLong()).containsExactly(1L);
        assertThat(first.records().get(0).get("/seq").asLong()).isEqualTo(7);
        assertThat(first.errors()).extracting(r -> r.header().errorMessage())
                .anyMatch(m -> m.contains("line 2") && m.contains("rssi"))
                .anyMatch(m -> m.contains("line 3"));
        assertThat(first.offset()).isEqualTo("3");
        StageRunner.Output second = runner.produce(first.offset(), 3);
        assertThat(second.records()).extracting(r -> r.get("/ts").asLong()).containsExactly(3L, 4L);
        assertThat(runner.produce(second.offset(), 3).offset()).isNull();
        runner.destroy();

        StageRunner resumed = StageRunner.of("footfall.analytics.sightingsFile").config("path", file.toString()).build().initOrFail();
        assertThat(resumed.produce("3", 10).records()).extracting(r -> r.get("/ts").asLong()).containsExactly(3L, 4L);
    }

    @Test
    void aMissingFileIsAConfigurationIssue() {
        StageRunner runner = StageRunner.of("footfall.analytics.sightingsFile").config("path", dir.resolve("none.jsonl").toString()).build();
        assertThat(runner.init()).anyMatch(i -> "path".equals(i.config()) && i.message().contains("none.jsonl"));
    }
}
