package io.footfall.runtime.analytics.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footfall.runtime.analytics.files.TruthRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pearson correlation between an estimated {@code heatmap.json} and the truth's person-seconds on the
 * same grid and time range. Each truth row stands for its person until their next row, at most
 * {@value #MAX_HOLD_MILLIS} ms (truth comes at least once a second).
 */
public final class HeatmapCorrelation {
    static final long MAX_HOLD_MILLIS = 2000;

    /** r, and the number of cells compared. */
    public record Result(double pearsonR, int cells) {
    }

    private HeatmapCorrelation() {
    }

    public static Result evaluate(Path heatmapJson, List<TruthRow> truth) throws IOException {
        JsonNode h;
        try {
            h = new ObjectMapper().readTree(heatmapJson.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(heatmapJson + ": malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " at line " + e.getLocation().getLineNr() : ""), e);
        }
        double cellSize = require(heatmapJson, h, "cellSize").asDouble();
        int cols = require(heatmapJson, h, "cols").asInt();
        int rows = require(heatmapJson, h, "rows").asInt();
        long from = require(heatmapJson, h, "from").asLong();
        long to = require(heatmapJson, h, "to").asLong();
        JsonNode values = require(heatmapJson, h, "values");
        if (!(cellSize > 0) || cols <= 0 || rows <= 0 || values.size() != rows) {
            throw new IllegalArgumentException(heatmapJson + ": 'values' must be 'rows' (" + rows + ") arrays of 'cols' ("
                    + cols + ") numbers with a positive cellSize");
        }
        double[] estimated = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            JsonNode row = values.get(r);
            if (row.size() != cols) {
                throw new IllegalArgumentException(heatmapJson + ": values[" + r + "] has " + row.size() + " numbers, expected " + cols);
            }
            for (int c = 0; c < cols; c++) {
                estimated[r * cols + c] = row.get(c).asDouble();
            }
        }
        double[] actual = truthPersonSeconds(truth, cellSize, cols, rows, from, to);
        return new Result(pearson(estimated, actual), estimated.length);
    }

    static double[] truthPersonSeconds(List<TruthRow> truth, double cellSize, int cols, int rows, long from, long to) {
        double[] grid = new double[rows * cols];
        Map<String, List<TruthRow>> byPerson = new HashMap<>();
        for (TruthRow t : truth) {
            byPerson.computeIfAbsent(t.person(), p -> new ArrayList<>()).add(t);
        }
        for (List<TruthRow> list : byPerson.values()) {
            list.sort(Comparator.comparingLong(TruthRow::ts));
            TruthRow previous = null;
            for (TruthRow t : list) {
                // A person carrying two devices has two rows per moment: count the moment once.
                if (previous != null && t.ts() > previous.ts()) {
                    long start = Math.max(from, previous.ts());
                    long end = Math.min(to, Math.min(t.ts(), previous.ts() + MAX_HOLD_MILLIS));
                    int c = (int) Math.floor(previous.x() / cellSize);
                    int r = (int) Math.floor(previous.y() / cellSize);
                    if (end > start && c >= 0 && r >= 0 && c < cols && r < rows) {
                        grid[r * cols + c] += (end - start) / 1000.0;
                    }
                }
                if (previous == null || t.ts() > previous.ts()) {
                    previous = t;
                }
            }
        }
        return grid;
    }

    static double pearson(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= b.length;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa == 0 || sbb == 0 ? Double.NaN : sab / Math.sqrt(saa * sbb);
    }

    private static JsonNode require(Path file, JsonNode h, String field) {
        JsonNode v = h.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(file + ": missing field '" + field + "'");
        }
        return v;
    }
}
