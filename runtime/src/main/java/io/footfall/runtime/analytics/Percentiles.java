package io.footfall.runtime.analytics;

import java.util.Arrays;

/** Percentiles by linear interpolation between closest ranks (the same definition everywhere we report one). */
public final class Percentiles {

    private Percentiles() {
    }

    /** The p-th percentile (0..100) of the values, NaN when there are none; the array is sorted in place. */
    public static double of(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(values);
        double rank = p / 100.0 * (values.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = (int) Math.ceil(rank);
        return values[lo] + (values[hi] - values[lo]) * (rank - lo);
    }
}
