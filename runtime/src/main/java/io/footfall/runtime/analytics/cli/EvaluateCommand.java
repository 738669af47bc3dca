package io.footfall.runtime.analytics.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.footfall.runtime.analytics.evaluation.ResultsEvaluation;
import io.footfall.runtime.analytics.output.OutputFiles;
import io.footfall.runtime.cli.FootfallSubcommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code footfall evaluate --truth DIR --results DIR}: scores analyze results against the simulator's truth
 * (see {@link ResultsEvaluation}); prints a table and writes evaluation.json into the results folder.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score analytics results against the simulator's ground truth.")
public final class EvaluateCommand implements FootfallSubcommand {

    @Spec
    CommandSpec spec;

    @Option(names = "--truth", required = true, paramLabel = "DIR", description = "Holds truth.jsonl and visits.csv.")
    Path truth;

    @Option(names = "--results", required = true, paramLabel = "DIR",
            description = "Holds positions.jsonl, zone_stats.csv, heatmap.json (and analysis.json from analyze).")
    Path results;

    @Option(names = "--min-visits", defaultValue = "5", paramLabel = "N",
            description = "Score visits and dwell only on zones with at least N true visits (default ${DEFAULT-VALUE}).")
    int minVisits;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path dir : List.of(truth, results)) {
            if (!Files.isDirectory(dir)) {
                err.println("footfall evaluate: " + dir + ": no such folder");
                return 2;
            }
        }
        Map<String, Object> figures;
        try {
            figures = new ResultsEvaluation(minVisits).evaluate(truth, results);
        } catch (IllegalArgumentException e) {
            err.println("footfall evaluate: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("footfall evaluate: cannot read: " + e.getMessage());
            return 2;
        }
        printTable(out, figures);
        Path file = results.resolve("evaluation.json");
        try {
            OutputFiles.writeAtomically(file, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(figures) + "\n");
        } catch (IOException e) {
            err.println("footfall evaluate: cannot write " + file + ": " + e.getMessage());
            return 1;
        }
        out.println("written " + file);
        out.flush();
        return 0;
    }

    @SuppressWarnings("unchecked")
    private static void printTable(PrintWriter out, Map<String, Object> f) {
        Map<String, Object> pos = (Map<String, Object>) f.get("positions");
        Map<String, Object> zones = (Map<String, Object>) f.get("zones");
        Map<String, Object> heat = (Map<String, Object>) f.get("heatmap");
        Map<String, Object> vis = (Map<String, Object>) f.get("visitors");
        String row = "%-34s %14s%n";
        out.printf(row, "metric", "value");
        out.printf(row, "position error median (m)", pos.get("median_m"));
        out.printf(row, "position error p90 (m)", pos.get("p90_m"));
        out.printf(row, "positions matched / unmatched", pos.get("matched") + " / " + pos.get("unmatched"));
        out.printf(row, "visits total (estimated / true)", zones.get("visits") + " / " + zones.get("true_visits"));
        out.printf(row, "zones scored", zones.get("scored_zones"));
        out.printf(row, "visits error per zone (median)", zones.get("median_visits_error"));
        out.printf(row, "zones with visits within 10%", zones.get("zones_visits_within_10pct"));
        out.printf(row, "  against device visits (median)", zones.get("median_device_visits_error"));
        out.printf(row, "  within 10% of device visits", zones.get("zones_device_visits_within_10pct"));
        out.printf(row, "  exact device count: error, 10% share",
                zones.get("exact_device_count_visits_error") + ", " + zones.get("exact_device_count_zones_within_10pct"));
        if (zones.containsKey("median_carrier_visits_error")) {
            out.printf(row, "  once per carrier: error, 10% share",
                    zones.get("median_carrier_visits_error") + ", " + zones.get("zones_carrier_visits_within_10pct"));
        }
        out.printf(row, "median dwell error (median)", zones.get("median_dwell_error"));
        out.printf(row, "zones with dwell within 15%", zones.get("zones_dwell_within_15pct"));
        out.printf(row, "heatmap Pearson r", heat.get("pearson_r"));
        if (heat.get("pearson_r_coarser") instanceof Map<?, ?> coarser) {
            coarser.forEach((size, r) -> out.printf(row, "heatmap Pearson r, " + size + " m cells", r));
        }
        out.printf(row, "unique visitors (est / true)", vis.get("estimated_visitors") + " / " + vis.get("true_visitors_with_devices"));
        out.printf(row, "unique visitor error", vis.get("error"));
        if (vis.containsKey("visitor_count_stage")) {
            out.printf(row, "  visitor-count stage: est, error", vis.get("visitor_count_stage") + ", " + vis.get("visitor_count_stage_error"));
        }
        out.printf(row, "  exact device count: devices, error", vis.get("devices_carried") + ", " + vis.get("exact_device_count_error"));
        if (vis.containsKey("estimated_carriers")) {
            out.printf(row, "  carrier pairs merged: est, error", vis.get("estimated_carriers") + ", " + vis.get("carriers_error"));
        }
    }
}
