package io.footfall.simulator.stage;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.testing.StageRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorOriginTest {
    static final Path MALL = Path.of(System.getProperty("footfall.repo.root", "..")).resolve("floorplans/small-mall.json");

    private static StageRunner runner(Path truth) {
        return StageRunner.of(SimulatorOrigin.ID).floorplanFile(MALL).config("duration", "10m")
                .config("shoppersPerHour", 1500).config("seed", 3).config("truthDirectory", truth.toString())
                .maxWaitMillis(2000).build().initOrFail();
    }

    private static String line(Record r) {
        StringBuilder b = new StringBuilder("{\"ts\":").append(r.get("/ts").asLong()).append(",\"sensor\":\"")
                .append(r.getString("/sensor")).append("\",\"device\":\"").append(r.getString("/device"))
                .append("\",\"rssi\":").append(r.get("/rssi").asLong()).append(",\"kind\":\"").append(r.getString("/kind")).append('"');
        if (r.get("/seq") != null) {
            b.append(",\"seq\":").append(r.get("/seq").asLong()).append(",\"channel\":").append(r.get("/channel").asLong());
        }
        return b.append('}').toString();
    }

    @Test
    void producesTheSimulationsSightingsInOrderThenEnds(@TempDir Path dir) throws Exception {
        StageRunner runner = runner(dir);
        List<String> produced = new ArrayList<>();
        String offset = null;
        for (int i = 0; i < 10_000; i++) {
            StageRunner.Output out = runner.produce(offset, 1000);
            if (out.offset() == null) {
                break;
            }
            out.records().forEach(r -> produced.add(line(r)));
            offset = out.offset();
        }
        runner.destroy();
        List<String> written = Files.readAllLines(dir.resolve("sightings.jsonl"));
        assertThat(produced).hasSizeGreaterThan(1000).isEqualTo(written);
        assertThat(offset).isEqualTo(Integer.toString(written.size()));
        assertThat(dir.resolve("truth.jsonl")).isNotEmptyFile();
    }

    @Test
    void aRestartResumesAfterTheCommittedOffset(@TempDir Path dir) throws Exception {
        StageRunner first = runner(dir.resolve("a"));
        StageRunner.Output batch = first.produce(null, 500);
        first.destroy();
        assertThat(batch.offset()).isEqualTo("500");
        StageRunner resumed = runner(dir.resolve("b"));
        StageRunner.Output next = resumed.produce("500", 10);
        resumed.destroy();
        List<String> written = Files.readAllLines(dir.resolve("b").resolve("sightings.jsonl"));
        assertThat(next.records()).extracting(SimulatorOriginTest::line).isEqualTo(written.subList(500, 510));
        assertThat(next.offset()).isEqualTo("510");
    }

    @Test
    void aBadFloorplanIsAConfigurationIssueOnThatField(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"footfall-floorplan/7\"}");
        List<ConfigIssue> issues = StageRunner.of(SimulatorOrigin.ID).config("floorplan", bad.toString()).build().init();
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.config()).isEqualTo("floorplan");
            assertThat(i.message()).isEqualTo(bad + ": $.format: unknown format \"footfall-floorplan/7\"; expected \"footfall-floorplan/1\"");
        });
    }
}
