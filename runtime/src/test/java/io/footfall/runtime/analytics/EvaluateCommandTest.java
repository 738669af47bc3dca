package io.footfall.runtime.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footfall.runtime.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** evaluate on hand-made truth and results whose scores are known. */
class EvaluateCommandTest {
    @TempDir
    Path dir;
    Path truth;
    Path results;

    @BeforeEach
    void files() throws Exception {
        truth = Files.createDirectories(dir.resolve("truth"));
        results = Files.createDirectories(dir.resolve("results"));
        StringBuilder t = new StringBuilder();
        for (int s = 0; s < 10; s++) {
            t.append("{\"ts\":").append(1000L * s).append(",\"person\":\"p1\",\"device\":\"aa\",\"x\":1,\"y\":1,\"zone\":\"st-a\"}\n");
        }
        Files.writeString(truth.resolve("truth.jsonl"), t);
        Files.writeString(truth.resolve("visits.csv"), "person,zone,enter_ts,exit_ts\n" + "p1,st-a,0,9000\n".repeat(5));
        Files.writeString(results.resolve("positions.jsonl"),
                "{\"ts\":1000,\"device\":\"aa\",\"x\":4,\"y\":5,\"zone\":\"st-a\"}\n{\"ts\":2000,\"device\":\"aa\",\"x\":1,\"y\":1,\"zone\":\"st-a\"}\n"
                        + "{\"ts\":2000,\"device\":\"zz\",\"x\":1,\"y\":1,\"zone\":null}\n");
        Files.writeString(results.resolve("zone_stats.csv"), "zone,visits,unique_devices,median_dwell_s,p90_dwell_s\nst-a,4,1,9,9\n");
        Files.writeString(results.resolve("heatmap.json"),
                "{\"cellSize\":2,\"cols\":2,\"rows\":1,\"from\":0,\"to\":10000,\"values\":[[10,0]]}");
    }

    private int evaluate(StringWriter out) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        return cli.execute("evaluate", "--truth", truth.toString(), "--results", results.toString());
    }

    @Test
    void scoresPositionsVisitsDwellAndTheHeatmap() throws Exception {
        StringWriter out = new StringWriter();
        assertThat(evaluate(out)).as(out.toString()).isZero();
        JsonNode e = new ObjectMapper().readTree(results.resolve("evaluation.json").toFile());
        assertThat(e.at("/positions/matched").asInt()).isEqualTo(2);
        assertThat(e.at("/positions/unmatched").asInt()).isEqualTo(1);
        assertThat(e.at("/positions/median_m").asDouble()).isEqualTo(2.5);
        assertThat(e.at("/zones/median_visits_error").asDouble()).isEqualTo(0.2);
        assertThat(e.at("/zones/median_dwell_error").asDouble()).isZero();
        assertThat(e.at("/heatmap/pearson_r").asDouble()).isEqualTo(1.0);
        assertThat(e.at("/visitors/estimated_visitors").asInt()).isEqualTo(2);
    }

    @Test
    void carrierCountsAreScoredWhenTheResultsHaveThem() throws Exception {
        // 5 true visits; 6 device visits, 5 once per carrier; 2 identities of which 1 pair: 1 carrier, 1 person
        Files.writeString(results.resolve("zone_stats.csv"),
                "zone,visits,unique_devices,median_dwell_s,p90_dwell_s,suppressed,carrier_visits\nst-a,6,2,9,9,false,5\n");
        Files.writeString(results.resolve("analysis.json"), "{\"carrierPairs\": 1}");
        Files.writeString(results.resolve("visitors-20261207-1.jsonl"),
                "{\"event\":\"visitorCount\",\"day\":\"2025-11-25\",\"visitors\":2,\"identities\":3}\n");
        StringWriter out = new StringWriter();
        assertThat(evaluate(out)).as(out.toString()).isZero();
        JsonNode e = new ObjectMapper().readTree(results.resolve("evaluation.json").toFile());
        assertThat(e.at("/zones/median_visits_error").asDouble()).isEqualTo(0.2);
        assertThat(e.at("/zones/median_carrier_visits_error").asDouble()).isZero();
        assertThat(e.at("/zones/zones_carrier_visits_within_10pct").asDouble()).isEqualTo(1.0);
        assertThat(e.at("/visitors/estimated_visitors").asInt()).isEqualTo(2);
        assertThat(e.at("/visitors/estimated_carriers").asInt()).isEqualTo(1);
        assertThat(e.at("/visitors/carriers_error").asDouble()).isZero();
        assertThat(e.at("/visitors/visitor_count_stage").asInt()).isEqualTo(2);
        assertThat(e.at("/visitors/visitor_count_stage_error").asDouble()).isEqualTo(1.0);
        assertThat(out.toString()).contains("once per carrier", "carrier pairs merged", "visitor-count stage");
    }

    @Test
    void resultsWithoutCarrierCountsGetNoCarrierScores() throws Exception {
        StringWriter out = new StringWriter();
        assertThat(evaluate(out)).as(out.toString()).isZero();
        JsonNode e = new ObjectMapper().readTree(results.resolve("evaluation.json").toFile());
        assertThat(e.at("/zones/median_carrier_visits_error").isMissingNode()).isTrue();
        assertThat(e.at("/visitors/estimated_carriers").isMissingNode()).isTrue();
        assertThat(e.at("/visitors/visitor_count_stage").isMissingNode()).isTrue();
        assertThat(out.toString()).doesNotContain("once per carrier");
    }

    @Test
    void visitsAreAlsoScoredAgainstTheDevicesThePeopleCarried() throws Exception {
        StringBuilder t = new StringBuilder();
        for (int s = 0; s < 10; s++) {
            t.append("{\"ts\":").append(1000L * s).append(",\"person\":\"p1\",\"device\":\"aa\",\"x\":1,\"y\":1}\n");
            // p2 carries two phones (two rows per instant), p3 none
            t.append("{\"ts\":").append(1000L * s).append(",\"person\":\"p2\",\"device\":\"bb\",\"x\":1,\"y\":1}\n");
            t.append("{\"ts\":").append(1000L * s).append(",\"person\":\"p2\",\"device\":\"cc\",\"ble\":\"dd\",\"x\":1,\"y\":1}\n");
            t.append("{\"ts\":").append(1000L * s).append(",\"person\":\"p3\",\"x\":1,\"y\":1}\n");
        }
        Files.writeString(truth.resolve("truth.jsonl"), t);
        Files.writeString(truth.resolve("visits.csv"), "person,zone,enter_ts,exit_ts\n" + "p1,st-a,0,9000\n".repeat(4)
                + "p2,st-a,0,9000\n".repeat(4) + "p3,st-a,0,9000\n".repeat(2));
        // 10 people's visits, 4 + 2 × 4 = 12 of them carried by a device each: the pipeline counted 12
        Files.writeString(results.resolve("zone_stats.csv"), "zone,visits,unique_devices,median_dwell_s,p90_dwell_s\nst-a,12,3,9,9\n");
        StringWriter out = new StringWriter();
        assertThat(evaluate(out)).as(out.toString()).isZero();
        JsonNode e = new ObjectMapper().readTree(results.resolve("evaluation.json").toFile());
        assertThat(e.at("/zones/median_visits_error").asDouble()).isEqualTo(0.2);
        assertThat(e.at("/zones/per_zone/0/true_device_visits").asInt()).isEqualTo(12);
        assertThat(e.at("/zones/median_device_visits_error").asDouble()).isZero();
        assertThat(e.at("/zones/exact_device_count_visits_error").asDouble()).isEqualTo(0.2);
        assertThat(e.at("/zones/zones_device_visits_within_10pct").asDouble()).isEqualTo(1.0);
        // 2 people with devices, 3 devices
        assertThat(e.at("/visitors/true_visitors_with_devices").asInt()).isEqualTo(2);
        assertThat(e.at("/visitors/devices_carried").asInt()).isEqualTo(3);
        assertThat(e.at("/visitors/exact_device_count_error").asDouble()).isEqualTo(0.5);
        assertThat(out.toString()).contains("against device visits");
    }

    @Test
    void aBrokenResultFileIsBadInputNamingFileAndLine() throws Exception {
        Files.writeString(results.resolve("zone_stats.csv"), "zone,visits,unique_devices,median_dwell_s,p90_dwell_s\nst-a,lots,1,9,9\n");
        StringWriter out = new StringWriter();
        assertThat(evaluate(out)).isEqualTo(2);
        assertThat(out.toString()).contains("zone_stats.csv: line 2", "visits", "lots");
    }
}
