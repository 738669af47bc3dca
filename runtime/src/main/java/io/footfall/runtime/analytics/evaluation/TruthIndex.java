package io.footfall.runtime.analytics.evaluation;

import io.footfall.runtime.analytics.files.TruthRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each device truly was at any moment: truth rows per device, in time order, interpolated
 * linearly. Between rows further apart than {@code maxGapMillis} (the device left, or another walk
 * began) nothing is known, so nothing is interpolated.
 */
public final class TruthIndex {
    private final Map<String, Series> byDevice = new HashMap<>();
    private final long maxGapMillis;

    public TruthIndex(List<TruthRow> rows, long maxGapMillis) {
        this.maxGapMillis = maxGapMillis;
        Map<String, List<TruthRow>> grouped = new HashMap<>();
        for (TruthRow r : rows) {
            if (r.device() != null) {
                grouped.computeIfAbsent(r.device(), d -> new ArrayList<>()).add(r);
            }
        }
        grouped.forEach((device, list) -> {
            list.sort(Comparator.comparingLong(TruthRow::ts));
            byDevice.put(device, new Series(list));
        });
    }

    public int deviceCount() {
        return byDevice.size();
    }

    /** {x, y} of the device at {@code ts}, or null when the truth does not cover that moment. */
    public double[] positionAt(String device, long ts) {
        Series s = byDevice.get(device);
        return s == null ? null : s.at(ts, maxGapMillis);
    }

    private static final class Series {
        final long[] ts;
        final double[] x;
        final double[] y;

        Series(List<TruthRow> rows) {
            ts = new long[rows.size()];
            x = new double[rows.size()];
            y = new double[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                ts[i] = rows.get(i).ts();
                x[i] = rows.get(i).x();
                y[i] = rows.get(i).y();
            }
        }

        double[] at(long t, long maxGap) {
            int i = java.util.Arrays.binarySearch(ts, t);
            if (i >= 0) {
                return new double[] {x[i], y[i]};
            }
            int after = -i - 1;
            if (after == 0 || after == ts.length) {
                return null;
            }
            int before = after - 1;
            long span = ts[after] - ts[before];
            if (span > maxGap) {
                return null;
            }
            double f = (t - ts[before]) / (double) span;
            return new double[] {x[before] + f * (x[after] - x[before]), y[before] + f * (y[after] - y[before])};
        }
    }
}
