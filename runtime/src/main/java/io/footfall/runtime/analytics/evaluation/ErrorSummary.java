package io.footfall.runtime.analytics.evaluation;

import java.util.Arrays;

/**
 * Count, median, 90th percentile, mean and maximum of a set of errors. Percentiles interpolate
 * linearly between order statistics (the common "type 7" definition, as numpy and R default to), so
 * figures agree with the data set's published anchor.
 */
public record ErrorSummary(int count, double median, double p90, double mean, double max) {

    public static ErrorSummary of(double[] errors) {
        if (errors.length == 0) {
            return new ErrorSummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = errors.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double e : sorted) {
            sum += e;
        }
        return new ErrorSummary(sorted.length, percentile(sorted, 50), percentile(sorted, 90),
                sum / sorted.length, sorted[sorted.length - 1]);
    }

    /** The p-th percentile (0..100) of ascending {@code sorted}. */
    public static double percentile(double[] sorted, double p) {
        double rank = p / 100.0 * (sorted.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (rank - lo) * (sorted[hi] - sorted[lo]);
    }
}
