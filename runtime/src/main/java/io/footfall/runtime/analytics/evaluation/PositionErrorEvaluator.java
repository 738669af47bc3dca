package io.footfall.runtime.analytics.evaluation;

import io.footfall.runtime.analytics.files.PositionRow;
import io.footfall.runtime.analytics.files.TruthRow;
import java.util.Arrays;
import java.util.List;

/**
 * Position error: the distance from each estimate to where its device truly was at the estimate's
 * time. Every estimate the truth covers counts (no cherry-picking); the others are counted apart as
 * unmatched (a device the truth does not know, or a moment outside its walk).
 */
public final class PositionErrorEvaluator {
    /** Truth comes at least once a second (CONTRACT section 3); a wider hole is not interpolated. */
    public static final long DEFAULT_MAX_TRUTH_GAP_MILLIS = 2000;

    private final TruthIndex truth;

    public PositionErrorEvaluator(List<TruthRow> truthRows) {
        this(new TruthIndex(truthRows, DEFAULT_MAX_TRUTH_GAP_MILLIS));
    }

    public PositionErrorEvaluator(TruthIndex truth) {
        this.truth = truth;
    }

    public PositionErrors evaluate(List<PositionRow> estimates) {
        double[] errors = new double[estimates.size()];
        int n = 0;
        for (PositionRow e : estimates) {
            double[] at = truth.positionAt(e.device(), e.ts());
            if (at != null) {
                errors[n++] = Math.hypot(e.x() - at[0], e.y() - at[1]);
            }
        }
        double[] matched = Arrays.copyOf(errors, n);
        return new PositionErrors(matched, estimates.size() - n, ErrorSummary.of(matched));
    }

    /** The errors of the matched estimates, how many were unmatched, and their summary. */
    public record PositionErrors(double[] errors, int unmatched, ErrorSummary summary) {
    }
}
