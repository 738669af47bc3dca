package io.footfall.runtime.analytics.tracking;

import io.footfall.runtime.analytics.positioning.PositionEstimate;

/**
 * Combines two independent estimates of one phone's position (from its WiFi probes and from its BLE adverts):
 * each weighted by the inverse of its variance, so the sharper one counts more and two equally sharp ones
 * halve the variance. Estimates that disagree by far more than their uncertainties do not describe the same
 * moment (one has seen a move the other has not yet, or the pairing is wrong): the first is kept as it is.
 */
final class PositionFusion {
    /** Disagreement beyond this many combined σ, plus {@value #SLACK_M} m, is not averaged. */
    static final double GATE_SIGMAS = 3;
    static final double SLACK_M = 1;

    private PositionFusion() {
    }

    /** {@code primary} sharpened by {@code other}; the result carries the primary's time. */
    static PositionEstimate fuse(PositionEstimate primary, PositionEstimate other) {
        double u1 = Math.max(1e-3, primary.uncertainty());
        double u2 = Math.max(1e-3, other.uncertainty());
        double d = Math.hypot(primary.x() - other.x(), primary.y() - other.y());
        if (d > GATE_SIGMAS * Math.sqrt(u1 * u1 + u2 * u2) + SLACK_M) {
            return primary;
        }
        double w1 = 1 / (u1 * u1);
        double w2 = 1 / (u2 * u2);
        double x = (w1 * primary.x() + w2 * other.x()) / (w1 + w2);
        double y = (w1 * primary.y() + w2 * other.y()) / (w1 + w2);
        return new PositionEstimate(primary.ts(), x, y, Math.sqrt(1 / (w1 + w2)));
    }
}
