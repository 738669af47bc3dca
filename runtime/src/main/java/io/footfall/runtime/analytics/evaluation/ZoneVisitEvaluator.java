package io.footfall.runtime.analytics.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Visits and dwell per zone: the truth's {@code visits.csv} (one row per stay) against the results'
 * {@code zone_stats.csv} (visits and median dwell per zone). Errors are relative to the truth.
 */
public final class ZoneVisitEvaluator {

    /** One zone's truth and estimate; errors are NaN where the truth has no visit to compare with. */
    public record ZoneRow(String zone, int truthVisits, double visits, double truthMedianDwellS, double medianDwellS) {

        public double visitsError() {
            return truthVisits == 0 ? Double.NaN : (visits - truthVisits) / truthVisits;
        }

        public double dwellError() {
            return truthVisits == 0 || truthMedianDwellS == 0 ? Double.NaN
                    : (medianDwellS - truthMedianDwellS) / truthMedianDwellS;
        }
    }

    private ZoneVisitEvaluator() {
    }

    public static List<ZoneRow> evaluate(Path visitsCsv, Path zoneStatsCsv) throws IOException {
        CsvTable visits = CsvTable.read(visitsCsv, "person", "zone", "enter_ts", "exit_ts");
        Map<String, List<Double>> dwellByZone = new TreeMap<>();
        for (int i = 0; i < visits.size(); i++) {
            double dwell = (visits.number(i, "exit_ts") - visits.number(i, "enter_ts")) / 1000.0;
            dwellByZone.computeIfAbsent(visits.text(i, "zone"), z -> new ArrayList<>()).add(dwell);
        }
        CsvTable stats = CsvTable.read(zoneStatsCsv, "zone", "visits", "median_dwell_s");
        Map<String, double[]> estimated = new HashMap<>();
        for (int i = 0; i < stats.size(); i++) {
            estimated.put(stats.text(i, "zone"), new double[] {stats.number(i, "visits"), stats.number(i, "median_dwell_s")});
        }
        Map<String, ZoneRow> rows = new TreeMap<>();
        dwellByZone.forEach((zone, dwells) -> {
            double[] e = estimated.getOrDefault(zone, new double[] {0, 0});
            double[] sorted = dwells.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            rows.put(zone, new ZoneRow(zone, sorted.length, e[0], ErrorSummary.percentile(sorted, 50), e[1]));
        });
        estimated.forEach((zone, e) -> rows.putIfAbsent(zone, new ZoneRow(zone, 0, e[0], Double.NaN, e[1])));
        return new ArrayList<>(rows.values());
    }
}
