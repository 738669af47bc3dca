package io.footfall.runtime.analytics.tracking;

/**
 * A per-device Kalman filter on a random-walk motion model: between estimates the position's variance grows
 * by {@code walkVariancePerSecond} × elapsed seconds (people walk about a meter a second), and each new
 * estimate is blended in by its own uncertainty. A wild estimate from two far sensors (tens of meters of
 * uncertainty) barely moves a device that was well placed a moment ago; a confident one moves it at once.
 */
final class PositionSmoother {
    private static final double MIN_MEASUREMENT_VARIANCE = 4.0;

    private final double walkVariancePerSecond;
    private boolean started;
    private long ts;
    private double x;
    private double y;
    private double variance;

    PositionSmoother(double walkVariancePerSecond) {
        this.walkVariancePerSecond = walkVariancePerSecond;
    }

    /** Blends in an estimate; returns {x, y, uncertainty} after it. */
    double[] update(long at, double ex, double ey, double uncertainty) {
        double r = Math.max(MIN_MEASUREMENT_VARIANCE, uncertainty * uncertainty);
        if (!started) {
            started = true;
            x = ex;
            y = ey;
            variance = r;
        } else {
            double predicted = variance + walkVariancePerSecond * Math.max(0, at - ts) / 1000.0;
            double gain = predicted / (predicted + r);
            x += gain * (ex - x);
            y += gain * (ey - y);
            variance = (1 - gain) * predicted;
        }
        ts = at;
        return new double[] {x, y, Math.sqrt(variance)};
    }

    /** The smoothed position held at a later time: same place, grown uncertainty. */
    double[] hold(long at) {
        double v = variance + walkVariancePerSecond * Math.max(0, at - ts) / 1000.0;
        return new double[] {x, y, Math.sqrt(v)};
    }

    boolean started() {
        return started;
    }
}
