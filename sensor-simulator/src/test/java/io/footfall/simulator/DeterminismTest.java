package io.footfall.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.footfall.runtime.floorplan.FloorplanGeometry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {
    private final FloorplanGeometry mall = SimFixtures.mall("small-mall.json");
    private final SimulationSettings settings = SimulationSettings.defaults().withDuration(15 * 60_000).withShoppersPerHour(1500).withSeed(7);

    @Test
    void sameSeedAndSettingsGiveByteIdenticalFiles(@TempDir Path tmp) throws Exception {
        SimulationSummary first = SimFixtures.run(mall, settings, tmp.resolve("a"));
        SimFixtures.run(mall, settings, tmp.resolve("b"));
        assertThat(first.sightings()).isGreaterThan(1000);
        for (String file : List.of(SimulationFiles.SIGHTINGS, SimulationFiles.TRUTH, SimulationFiles.VISITS)) {
            assertThat(Files.mismatch(tmp.resolve("a").resolve(file), tmp.resolve("b").resolve(file))).as(file).isEqualTo(-1L);
        }
        SimFixtures.run(mall, settings.withSeed(8), tmp.resolve("c"));
        assertThat(Files.mismatch(tmp.resolve("a").resolve(SimulationFiles.SIGHTINGS), tmp.resolve("c").resolve(SimulationFiles.SIGHTINGS)))
                .isNotEqualTo(-1L);
    }

    @Test
    void sightingsAreInTimestampOrderWithinTheRun(@TempDir Path tmp) throws Exception {
        SimFixtures.run(mall, settings, tmp);
        List<JsonNode> rows = SimFixtures.jsonLines(tmp.resolve(SimulationFiles.SIGHTINGS));
        long previous = Long.MIN_VALUE;
        for (JsonNode row : rows) {
            long ts = row.get("ts").asLong();
            assertThat(ts).isGreaterThanOrEqualTo(previous);
            previous = ts;
        }
        long start = settings.startEpochMs();
        assertThat(rows.get(0).get("ts").asLong()).isGreaterThan(start - 1000);
        assertThat(previous).isLessThan(start + settings.durationMs() + 1000);
    }
}
