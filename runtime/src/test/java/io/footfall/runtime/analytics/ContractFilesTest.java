package io.footfall.runtime.analytics;

import static io.footfall.runtime.analytics.TestMall.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footfall.runtime.analytics.bus.AnalyticsBus.HeatmapFrame;
import io.footfall.runtime.analytics.heatmap.HeatmapFrames;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.testing.StageRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** positions.jsonl, heatmap.json and flows.csv exactly as CONTRACT section 4 says. */
class ContractFilesTest {
    @TempDir
    Path dir;

    @Test
    void positionsAreOneObjectPerLineWithTheContractFields() throws Exception {
        Path file = dir.resolve("positions.jsonl");
        StageRunner runner = StageRunner.of("footfall.analytics.positionsFile").config("path", file.toString()).build().initOrFail();
        StageRunner.Output out = runner.write(List.of(TestMall.position(T0, "abc", 1.5, 2.25, "st-a"),
                TestMall.position(T0 + 1000, "abc", 3, 4, null), Record.fromJava("t", Map.of("x", 1))));
        runner.destroy();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("ts").asLong()).isEqualTo(T0);
        assertThat(first.get("device").asText()).isEqualTo("abc");
        assertThat(first.get("x").asDouble()).isEqualTo(1.5);
        assertThat(first.get("zone").asText()).isEqualTo("st-a");
        assertThat(new ObjectMapper().readTree(lines.get(1)).get("zone").isNull()).isTrue();
        assertThat(out.errors()).extracting(r -> r.header().errorCode()).containsExactly("NOT_A_POSITION");
    }

    @Test
    void theHeatmapFileIsTheWholeRunFrameWithRowZeroAtTheTop() throws Exception {
        Path file = dir.resolve("heatmap.json");
        StageRunner runner = StageRunner.of("footfall.analytics.heatmapFile").config("path", file.toString()).build().initOrFail();
        double[][] values = {{1, 2, 3}, {4, 5, 6.5}};
        runner.write(List.of(HeatmapFrames.toRecord("t", new HeatmapFrame("h", T0, T0 + 60_000, 2.0, 3, 2, values, true))));
        runner.destroy();
        JsonNode h = new ObjectMapper().readTree(file.toFile());
        assertThat(h.fieldNames()).toIterable().containsExactly("cellSize", "cols", "rows", "from", "to", "values");
        assertThat(h.get("values").get(0).toString()).isEqualTo("[1,2,3]");
        assertThat(h.get("values").get(1).get(2).asDouble()).isEqualTo(6.5);
        assertThat(h.get("from").asLong()).isEqualTo(T0);
    }

    @Test
    void flowsAreACsvWithTheContractHeader() throws Exception {
        Path file = dir.resolve("flows.csv");
        StageRunner runner = StageRunner.of("footfall.analytics.flowsFile").config("path", file.toString()).build().initOrFail();
        Record flow = new Record("t");
        flow.set("/from_zone", Field.of("st-a"));
        flow.set("/to_zone", Field.of("st-b"));
        flow.set("/count", Field.of(7L));
        runner.write(List.of(flow));
        runner.destroy();
        assertThat(Files.readAllLines(file)).containsExactly("from_zone,to_zone,count", "st-a,st-b,7");
    }
}
