package io.footfall.runtime.analytics.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.footfall.runtime.analytics.files.PositionsJsonl;
import io.footfall.runtime.analytics.files.TruthJsonl;
import io.footfall.runtime.analytics.files.TruthRow;
import io.footfall.runtime.cli.FootfallSubcommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code footfall evaluate --truth DIR --results DIR}: scores analytics results against ground truth.
 * Each metric is computed when both of its files exist and reported as not evaluated otherwise — never
 * as a made-up number. Prints a table and writes {@value #REPORT} into the results directory.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score analytics results against the simulator's ground truth (CONTRACT sections 3-4).")
public final class EvaluateCommand implements FootfallSubcommand {
    public static final String REPORT = "evaluation.json";

    @Option(names = "--truth", required = true, paramLabel = "DIR", description = "Holds truth.jsonl and, optionally, visits.csv.")
    Path truthDir;

    @Option(names = "--results", required = true, paramLabel = "DIR",
            description = "Holds positions.jsonl, zone_stats.csv, heatmap.json (whichever exist); evaluation.json is written here.")
    Path resultsDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path truthFile = truthDir.resolve("truth.jsonl");
        if (!Files.isRegularFile(truthFile)) {
            err.println("footfall evaluate: " + truthFile + " not found (--truth must hold truth.jsonl)");
            return 2;
        }
        if (!Files.isDirectory(resultsDir)) {
            err.println("footfall evaluate: " + resultsDir + " is not a directory (--results)");
            return 2;
        }
        ObjectNode report = new ObjectMapper().createObjectNode();
        ArrayNode notEvaluated = report.putArray("notEvaluated");
        try {
            List<TruthRow> truth = TruthJsonl.read(truthFile);
            int evaluated = 0;
            evaluated += positions(truth, report, notEvaluated, out);
            evaluated += zones(report, notEvaluated, out);
            evaluated += heatmap(truth, report, notEvaluated, out);
            notEvaluated.add("uniqueVisitors: the results carry no unique-visitor estimate yet");
            for (var reason : notEvaluated) {
                out.printf("not evaluated      %s%n", reason.asText());
            }
            if (evaluated == 0) {
                err.println("footfall evaluate: nothing to evaluate in " + resultsDir
                        + " (expected positions.jsonl, zone_stats.csv with the truth's visits.csv, or heatmap.json)");
                return 2;
            }
        } catch (IllegalArgumentException e) {
            err.println("footfall evaluate: " + e.getMessage());
            return 2;
        }
        Path reportFile = resultsDir.resolve(REPORT);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(reportFile.toFile(), report);
        out.println("wrote " + reportFile);
        out.flush();
        return 0;
    }

    private int positions(List<TruthRow> truth, ObjectNode report, ArrayNode notEvaluated, PrintWriter out) throws IOException {
        Path file = resultsDir.resolve("positions.jsonl");
        if (!Files.isRegularFile(file)) {
            notEvaluated.add("positionError: no positions.jsonl in the results");
            return 0;
        }
        PositionErrorEvaluator.PositionErrors r = new PositionErrorEvaluator(truth).evaluate(PositionsJsonl.read(file));
        ErrorSummary s = r.summary();
        ObjectNode node = report.putObject("positionError");
        node.put("matched", s.count());
        node.put("unmatched", r.unmatched());
        number(node, "medianM", s.median());
        number(node, "p90M", s.p90());
        number(node, "meanM", s.mean());
        out.printf(Locale.ROOT, "position error     %d estimates matched to truth (%d unmatched): median %.2f m, p90 %.2f m, mean %.2f m%n",
                s.count(), r.unmatched(), s.median(), s.p90(), s.mean());
        return 1;
    }

    private int zones(ObjectNode report, ArrayNode notEvaluated, PrintWriter out) throws IOException {
        Path visits = truthDir.resolve("visits.csv");
        Path stats = resultsDir.resolve("zone_stats.csv");
        if (!Files.isRegularFile(visits) || !Files.isRegularFile(stats)) {
            notEvaluated.add("visitsAndDwell: needs visits.csv in the truth and zone_stats.csv in the results");
            return 0;
        }
        ArrayNode rows = report.putArray("zones");
        out.printf("%-18s %8s %9s %8s %12s %12s %8s%n", "zone", "visits", "estimated", "error", "dwell med s", "estimated", "error");
        for (ZoneVisitEvaluator.ZoneRow z : ZoneVisitEvaluator.evaluate(visits, stats)) {
            ObjectNode n = rows.addObject();
            n.put("zone", z.zone());
            n.put("truthVisits", z.truthVisits());
            n.put("visits", z.visits());
            number(n, "visitsError", z.visitsError());
            number(n, "truthMedianDwellS", z.truthMedianDwellS());
            number(n, "medianDwellS", z.medianDwellS());
            number(n, "dwellError", z.dwellError());
            out.printf(Locale.ROOT, "%-18s %8d %9.0f %7.1f%% %12.1f %12.1f %7.1f%%%n", z.zone(), z.truthVisits(), z.visits(),
                    100 * z.visitsError(), z.truthMedianDwellS(), z.medianDwellS(), 100 * z.dwellError());
        }
        return 1;
    }

    private int heatmap(List<TruthRow> truth, ObjectNode report, ArrayNode notEvaluated, PrintWriter out) throws IOException {
        Path file = resultsDir.resolve("heatmap.json");
        if (!Files.isRegularFile(file)) {
            notEvaluated.add("heatmap: no heatmap.json in the results");
            return 0;
        }
        HeatmapCorrelation.Result r = HeatmapCorrelation.evaluate(file, truth);
        ObjectNode node = report.putObject("heatmap");
        number(node, "pearsonR", r.pearsonR());
        node.put("cells", r.cells());
        out.printf(Locale.ROOT, "heatmap            Pearson r %.3f over %d cells%n", r.pearsonR(), r.cells());
        return 1;
    }

    /** JSON has no NaN: an undefined figure is written as null. */
    private static void number(ObjectNode node, String field, double v) {
        if (Double.isFinite(v)) {
            node.put(field, v);
        } else {
            node.putNull(field);
        }
    }
}
