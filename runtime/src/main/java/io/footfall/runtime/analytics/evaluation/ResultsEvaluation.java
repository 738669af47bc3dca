package io.footfall.runtime.analytics.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footfall.runtime.analytics.Percentiles;
import io.footfall.runtime.analytics.privacy.DeviceHasher;
import io.footfall.runtime.analytics.privacy.KeyRotation;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Scores an analyze run (its results folder) against the simulator's truth folder:
 * <ul>
 *   <li>position error: distance from each estimate in positions.jsonl to where the person whose device it
 *       is truly was then (estimates of devices the truth cannot be tied to are counted as unmatched);</li>
 *   <li>visits and median dwell per store/food court: zone_stats.csv against truth visits.csv, relative error
 *       per zone, over the zones with at least {@code minTruthVisits} true visits;</li>
 *   <li>heatmap: Pearson r between heatmap.json and the truth's person-seconds (people carrying a device)
 *       rasterised on the same grid, same credit rule (until the next row, at most 2 s);</li>
 *   <li>unique visitors: distinct devices in positions.jsonl against people carrying a device.</li>
 * </ul>
 * When the results carry analysis.json with the run's anonymizer salt, truth addresses are turned into the
 * run's pseudonyms so estimates can be matched; otherwise addresses must match as they are.
 */
public final class ResultsEvaluation {
    private static final long MAX_TRUTH_GAP_MS = 2000;
    private final int minTruthVisits;

    public ResultsEvaluation(int minTruthVisits) {
        this.minTruthVisits = minTruthVisits;
    }

    /** The figures, as an ordered map ready to print and to write as evaluation.json. */
    public Map<String, Object> evaluate(Path truthDir, Path resultsDir) throws IOException {
        requireFile(truthDir.resolve("truth.jsonl"));
        requireFile(truthDir.resolve("visits.csv"));
        for (String f : new String[] {"positions.jsonl", "zone_stats.csv", "heatmap.json"}) {
            requireFile(resultsDir.resolve(f));
        }
        TruthTracks truth = TruthTracks.read(truthDir.resolve("truth.jsonl"), addressKey(resultsDir));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("positions", positionError(truth, resultsDir.resolve("positions.jsonl")));
        out.put("zones", zoneErrors(truth, truthDir.resolve("visits.csv"), resultsDir.resolve("zone_stats.csv")));
        out.put("heatmap", heatmapCorrelation(truth, resultsDir.resolve("heatmap.json")));
        out.put("visitors", uniqueVisitors(truth, resultsDir.resolve("positions.jsonl"), carrierPairs(resultsDir)));
        return out;
    }

    private static void requireFile(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException(p + ": no such file");
        }
    }

    static BiFunction<String, Long, String> addressKey(Path resultsDir) throws IOException {
        Path analysis = resultsDir.resolve("analysis.json");
        if (!Files.isRegularFile(analysis)) {
            return (address, ts) -> address;
        }
        JsonNode anonymizer = new ObjectMapper().readTree(analysis.toFile()).path("anonymizer");
        String salt = anonymizer.path("salt").asText("");
        if (salt.isEmpty()) {
            return (address, ts) -> address;
        }
        DeviceHasher hasher = new DeviceHasher(salt.getBytes(StandardCharsets.UTF_8),
                KeyRotation.valueOf(anonymizer.path("rotation").asText("DAILY")), 8);
        return hasher::pseudonym;
    }

    private Map<String, Object> positionError(TruthTracks truth, Path positions) throws IOException {
        List<Double> errors = new ArrayList<>();
        long unmatched = 0;
        for (PositionLine p : PositionLine.readAll(positions)) {
            String person = truth.personOf(p.device());
            TruthTracks.Track track = person == null ? null : truth.tracks().get(person);
            double[] at = track == null ? null : track.at(p.ts(), MAX_TRUTH_GAP_MS);
            if (at == null) {
                unmatched++;
            } else {
                errors.add(Math.hypot(p.x() - at[0], p.y() - at[1]));
            }
        }
        double[] e = errors.stream().mapToDouble(Double::doubleValue).toArray();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("matched", e.length);
        m.put("unmatched", unmatched);
        m.put("median_m", round(Percentiles.of(e.clone(), 50)));
        m.put("p90_m", round(Percentiles.of(e, 90)));
        return m;
    }

    private Map<String, Object> zoneErrors(TruthTracks truth, Path visitsCsv, Path zoneStatsCsv) throws IOException {
        Map<String, List<Double>> truthDwells = new TreeMap<>();
        // The pipeline counts devices, the truth people: a person with two phones is two device visits, one
        // without a phone none. Device visits show the pipeline's own error apart from that gap.
        Map<String, Long> deviceVisits = new HashMap<>();
        for (Map<String, String> row : Csv.read(visitsCsv, "person", "zone", "enter_ts", "exit_ts")) {
            double dwell = (Csv.number(row, "exit_ts") - Csv.number(row, "enter_ts")) / 1000.0;
            truthDwells.computeIfAbsent(row.get("zone"), z -> new ArrayList<>()).add(dwell);
            deviceVisits.merge(row.get("zone"), (long) truth.devicesOf(row.get("person")), Long::sum);
        }
        Map<String, Map<String, String>> results = new HashMap<>();
        for (Map<String, String> row : Csv.read(zoneStatsCsv, "zone", "visits", "unique_devices", "median_dwell_s", "p90_dwell_s")) {
            results.put(row.get("zone"), row);
        }
        boolean hasCarrierVisits = results.values().stream().anyMatch(row -> row.containsKey("carrier_visits"));
        List<Map<String, Object>> perZone = new ArrayList<>();
        List<Double> visitErrors = new ArrayList<>();
        List<Double> deviceVisitErrors = new ArrayList<>();
        List<Double> countingDevicesErrors = new ArrayList<>();
        List<Double> carrierVisitErrors = new ArrayList<>();
        List<Double> dwellErrors = new ArrayList<>();
        long truthTotal = 0;
        long resultTotal = 0;
        Set<String> zones = new HashSet<>(truthDwells.keySet());
        zones.addAll(results.keySet());
        for (String zone : new java.util.TreeSet<>(zones)) {
            List<Double> dw = truthDwells.getOrDefault(zone, List.of());
            Map<String, String> r = results.get(zone);
            long estVisits = r == null || r.get("visits").isEmpty() ? 0 : (long) Csv.number(r, "visits");
            double estDwell = r == null || r.get("median_dwell_s").isEmpty() ? Double.NaN : Csv.number(r, "median_dwell_s");
            double trueDwell = Percentiles.of(dw.stream().mapToDouble(Double::doubleValue).toArray(), 50);
            truthTotal += dw.size();
            resultTotal += estVisits;
            Map<String, Object> z = new LinkedHashMap<>();
            z.put("zone", zone);
            z.put("true_visits", dw.size());
            z.put("visits", estVisits);
            z.put("true_median_dwell_s", round(trueDwell));
            z.put("median_dwell_s", round(estDwell));
            if (dw.size() >= minTruthVisits) {
                double ve = Math.abs(estVisits - dw.size()) / (double) dw.size();
                visitErrors.add(ve);
                z.put("visits_error", round(ve));
                long dv = deviceVisits.getOrDefault(zone, 0L);
                z.put("true_device_visits", dv);
                if (dv > 0) {
                    deviceVisitErrors.add(Math.abs(estVisits - dv) / (double) dv);
                }
                countingDevicesErrors.add(Math.abs(dv - dw.size()) / (double) dw.size());
                // zone_stats.csv from before the column: no figure
                if (hasCarrierVisits) {
                    String carrierVisits = r == null ? "" : r.getOrDefault("carrier_visits", "");
                    long cv = carrierVisits.isEmpty() ? 0 : (long) Csv.number(r, "carrier_visits");
                    z.put("carrier_visits", cv);
                    carrierVisitErrors.add(Math.abs(cv - dw.size()) / (double) dw.size());
                }
                if (!Double.isNaN(estDwell) && trueDwell > 0) {
                    double de = Math.abs(estDwell - trueDwell) / trueDwell;
                    dwellErrors.add(de);
                    z.put("dwell_error", round(de));
                }
            }
            perZone.add(z);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scored_zones", visitErrors.size());
        m.put("true_visits", truthTotal);
        m.put("visits", resultTotal);
        m.put("median_visits_error", round(median(visitErrors)));
        m.put("zones_visits_within_10pct", share(visitErrors, 0.10));
        m.put("median_device_visits_error", round(median(deviceVisitErrors)));
        m.put("zones_device_visits_within_10pct", share(deviceVisitErrors, 0.10));
        m.put("exact_device_count_visits_error", round(median(countingDevicesErrors)));
        m.put("exact_device_count_zones_within_10pct", share(countingDevicesErrors, 0.10));
        if (!carrierVisitErrors.isEmpty()) {
            m.put("median_carrier_visits_error", round(median(carrierVisitErrors)));
            m.put("zones_carrier_visits_within_10pct", share(carrierVisitErrors, 0.10));
        }
        m.put("median_dwell_error", round(median(dwellErrors)));
        m.put("zones_dwell_within_15pct", share(dwellErrors, 0.15));
        m.put("per_zone", perZone);
        return m;
    }

    private Map<String, Object> heatmapCorrelation(TruthTracks truth, Path heatmapJson) throws IOException {
        JsonNode h = new ObjectMapper().readTree(heatmapJson.toFile());
        double cell = h.path("cellSize").asDouble();
        int cols = h.path("cols").asInt();
        int rows = h.path("rows").asInt();
        long from = h.path("from").asLong();
        long to = h.path("to").asLong();
        JsonNode values = h.path("values");
        if (!(cell > 0) || cols <= 0 || rows <= 0 || values.size() != rows) {
            throw new IllegalArgumentException(heatmapJson + ": needs cellSize > 0, cols, rows and rows × cols values");
        }
        double[] estimated = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            JsonNode row = values.get(r);
            if (row.size() != cols) {
                throw new IllegalArgumentException(heatmapJson + ": $.values[" + r + "] has " + row.size() + " cells, not " + cols);
            }
            for (int c = 0; c < cols; c++) {
                estimated[r * cols + c] = row.get(c).asDouble();
            }
        }
        double[] actual = new double[rows * cols];
        for (TruthTracks.Track t : truth.tracks().values()) {
            if (!t.carriesDevice()) {
                continue;
            }
            for (int i = 0; i < t.size(); i++) {
                long ts = t.ts(i);
                if (ts < from || ts >= to) {
                    continue;
                }
                double seconds = i + 1 < t.size() ? Math.min(t.ts(i + 1) - ts, MAX_TRUTH_GAP_MS) / 1000.0 : 1.0;
                int c = Math.max(0, Math.min(cols - 1, (int) Math.floor(t.x(i) / cell)));
                int r = Math.max(0, Math.min(rows - 1, (int) Math.floor(t.y(i) / cell)));
                actual[r * cols + c] += seconds;
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cellSize", cell);
        m.put("pearson_r", round(pearson(estimated, actual)));
        // The same maps on coarser cells (2×2 and 3×3 blocks): how much of the disagreement is resolution.
        Map<String, Double> coarser = new LinkedHashMap<>();
        for (int block = 2; block <= 3; block++) {
            coarser.put(String.valueOf(cell * block), round(pearson(blocks(estimated, rows, cols, block),
                    blocks(actual, rows, cols, block))));
        }
        m.put("pearson_r_coarser", coarser);
        m.put("true_person_seconds", Math.round(sum(actual)));
        m.put("person_seconds", Math.round(sum(estimated)));
        return m;
    }

    /** Device pairs the pipeline took for one carrier's two devices (analysis.json), or -1 when it does not say. */
    static long carrierPairs(Path resultsDir) throws IOException {
        Path analysis = resultsDir.resolve("analysis.json");
        if (!Files.isRegularFile(analysis)) {
            return -1;
        }
        JsonNode n = new ObjectMapper().readTree(analysis.toFile()).path("carrierPairs");
        return n.isNumber() ? n.asLong() : -1;
    }

    /** The visitors of every day's visitorCount event in the results' visitors-*.jsonl files, or -1 when there are none. */
    static long visitorCountEvents(Path resultsDir) throws IOException {
        if (resultsDir == null || !Files.isDirectory(resultsDir)) {
            return -1;
        }
        long total = -1;
        ObjectMapper json = new ObjectMapper();
        try (var files = Files.newDirectoryStream(resultsDir, "visitors-*.jsonl")) {
            for (Path f : files) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode n = json.readTree(line);
                    if ("visitorCount".equals(n.path("event").asText()) && n.path("visitors").isNumber()) {
                        total = Math.max(total, 0) + n.path("visitors").asLong();
                    }
                }
            }
        }
        return total;
    }

    private Map<String, Object> uniqueVisitors(TruthTracks truth, Path positions, long carrierPairs) throws IOException {
        Set<String> devices = new HashSet<>();
        for (PositionLine p : PositionLine.readAll(positions)) {
            devices.add(p.device());
        }
        long actual = truth.personsWithDevices();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("true_visitors_with_devices", actual);
        m.put("estimated_visitors", devices.size());
        m.put("error", actual == 0 ? null : round(Math.abs(devices.size() - actual) / (double) actual));
        long counted = visitorCountEvents(positions.getParent());
        if (counted >= 0) {
            // What the visitor-count stage itself reports (its daily visitorCount events), the figure an analyst reads.
            m.put("visitor_count_stage", counted);
            m.put("visitor_count_stage_error", actual == 0 ? null : round(Math.abs(counted - actual) / (double) actual));
        }
        if (carrierPairs >= 0) {
            long carriers = devices.size() - carrierPairs;
            m.put("estimated_carriers", carriers);
            m.put("carriers_error", actual == 0 ? null : round(Math.abs(carriers - actual) / (double) actual));
        }
        // Counting each phone once, links across address rotations all right, still counts two-phone people twice.
        long carried = truth.devicesCarried();
        m.put("devices_carried", carried);
        m.put("exact_device_count_error", actual == 0 ? null : round(Math.abs(carried - actual) / (double) actual));
        return m;
    }

    /** Sums of {@code block} × {@code block} cells (a partial block at the right or bottom edge is left out). */
    static double[] blocks(double[] grid, int rows, int cols, int block) {
        int br = rows / block;
        int bc = cols / block;
        double[] out = new double[Math.max(1, br * bc)];
        for (int r = 0; r < br * block; r++) {
            for (int c = 0; c < bc * block; c++) {
                out[(r / block) * bc + c / block] += grid[r * cols + c];
            }
        }
        return out;
    }

    static double pearson(double[] a, double[] b) {
        double ma = sum(a) / a.length;
        double mb = sum(b) / b.length;
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < a.length; i++) {
            cov += (a[i] - ma) * (b[i] - mb);
            va += (a[i] - ma) * (a[i] - ma);
            vb += (b[i] - mb) * (b[i] - mb);
        }
        return va == 0 || vb == 0 ? Double.NaN : cov / Math.sqrt(va * vb);
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }

    private static double median(List<Double> v) {
        return Percentiles.of(v.stream().mapToDouble(Double::doubleValue).toArray(), 50);
    }

    private static Double share(List<Double> errors, double limit) {
        return errors.isEmpty() ? null : round(errors.stream().filter(e -> e <= limit).count() / (double) errors.size());
    }

    private static Double round(double v) {
        return Double.isNaN(v) ? null : Math.round(v * 1000) / 1000.0;
    }

    /** One line of positions.jsonl, the fields scoring needs. */
    record PositionLine(long ts, String device, double x, double y) {
        static List<PositionLine> readAll(Path file) throws IOException {
            List<PositionLine> out = new ArrayList<>();
            ObjectMapper mapper = new ObjectMapper();
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = in.readLine()) != null) {
                    n++;
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode j;
                    try {
                        j = mapper.readTree(line);
                    } catch (IOException e) {
                        throw new IllegalArgumentException(file + ": line " + n + ": malformed JSON", e);
                    }
                    if (!j.path("ts").isNumber() || !j.path("device").isTextual() || !j.path("x").isNumber()
                            || !j.path("y").isNumber()) {
                        throw new IllegalArgumentException(file + ": line " + n + ": a position needs ts, device, x and y");
                    }
                    out.add(new PositionLine(j.get("ts").asLong(), j.get("device").asText(), j.get("x").asDouble(),
                            j.get("y").asDouble()));
                }
            }
            return out;
        }
    }
}
