package io.footfall.runtime.analytics.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footfall.runtime.analytics.files.PositionRow;
import io.footfall.runtime.analytics.files.PositionsJsonl;
import io.footfall.runtime.analytics.files.TruthJsonl;
import io.footfall.runtime.analytics.files.TruthRow;
import io.footfall.runtime.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvaluateCommandTest {
    @TempDir
    Path truth;
    @TempDir
    Path results;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** Person p walks along y = 1 from x = 0 to 10 over 10 s; the estimates run 1 m to the side. */
    private void writeWalk() throws IOException {
        List<TruthRow> rows = new ArrayList<>();
        List<PositionRow> estimates = new ArrayList<>();
        for (int s = 0; s <= 10; s++) {
            rows.add(new TruthRow(s * 1000L, "p", "d", s, 1, s < 5 ? "a" : "b"));
            estimates.add(new PositionRow(s * 1000L + 500, "d", s + 0.5, 2, null));
        }
        try (Writer w = Files.newBufferedWriter(truth.resolve("truth.jsonl"))) {
            TruthJsonl.write(rows, w);
        }
        PositionsJsonl.write(estimates, results.resolve("positions.jsonl"));
    }

    @Test
    void scoresPositionsVisitsAndHeatmapAndWritesTheReport() throws IOException {
        writeWalk();
        Files.writeString(truth.resolve("visits.csv"), "person,zone,enter_ts,exit_ts\np,a,0,5000\nq,a,0,15000\np,b,5000,10000\n");
        Files.writeString(results.resolve("zone_stats.csv"), "zone,visits,unique_devices,median_dwell_s,p90_dwell_s\na,3,3,12,14\nb,1,1,4,4\n");
        // Three 4 m cells along the walk: the truth spends 4 s, 4 s and 2 s in them (the last row ends it).
        Files.writeString(results.resolve("heatmap.json"),
                "{\"cellSize\":4,\"cols\":3,\"rows\":1,\"from\":0,\"to\":10000,\"values\":[[5,5,1]]}");

        assertThat(run("evaluate", "--truth", truth.toString(), "--results", results.toString())).isZero();
        JsonNode report = new ObjectMapper().readTree(results.resolve("evaluation.json").toFile());
        // The last estimate (10.5 s) lies beyond the truth: unmatched. The others are 1 m off in y, 0 in x.
        assertThat(report.at("/positionError/matched").asInt()).isEqualTo(10);
        assertThat(report.at("/positionError/unmatched").asInt()).isEqualTo(1);
        assertThat(report.at("/positionError/medianM").asDouble()).isCloseTo(1.0, offset(1e-9));
        JsonNode a = report.at("/zones/0");
        assertThat(a.path("zone").asText()).isEqualTo("a");
        assertThat(a.path("truthVisits").asInt()).isEqualTo(2);
        assertThat(a.path("visitsError").asDouble()).isCloseTo(0.5, offset(1e-9));
        assertThat(a.path("truthMedianDwellS").asDouble()).isCloseTo(10.0, offset(1e-9));
        assertThat(a.path("dwellError").asDouble()).isCloseTo(0.2, offset(1e-9));
        // (5, 5, 1) against (4, 4, 2): the same shape, so r = 1.
        assertThat(report.at("/heatmap/pearsonR").asDouble()).isCloseTo(1.0, offset(1e-9));
        assertThat(report.at("/heatmap/cells").asInt()).isEqualTo(3);
        assertThat(report.path("notEvaluated").toString()).contains("uniqueVisitors");
        assertThat(out.toString()).contains("median 1.00 m");
    }

    @Test
    void reportsWhatItCouldNotEvaluateInsteadOfInventingIt() throws IOException {
        writeWalk();
        assertThat(run("evaluate", "--truth", truth.toString(), "--results", results.toString())).isZero();
        JsonNode report = new ObjectMapper().readTree(results.resolve("evaluation.json").toFile());
        assertThat(report.has("zones")).isFalse();
        assertThat(report.has("heatmap")).isFalse();
        assertThat(report.path("notEvaluated").toString()).contains("visitsAndDwell").contains("heatmap");
    }

    @Test
    void badInputIsExit2NamingTheFileAndLine() throws IOException {
        writeWalk();
        Files.writeString(results.resolve("positions.jsonl"), "{\"ts\":1,\"device\":\"d\",\"x\":1,\"y\":2}\n{\"ts\":2,\"device\":\"d\",\"x\":\"far\",\"y\":2}\n");
        assertThat(run("evaluate", "--truth", truth.toString(), "--results", results.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("positions.jsonl:2: field 'x' must be a number, found 'far'");

        assertThat(run("evaluate", "--truth", results.resolve("nowhere").toString(), "--results", results.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("truth.jsonl not found");
    }
}
