package io.footfall.runtime.analytics.positioning;

/**
 * The k strongest sensors' positions averaged with weights {@code 10^(rssi/20)} (received amplitude),
 * RSSI being each sensor's mean over a trailing window. Cheap and robust, but it can never place
 * anyone outside the hull of the sensors and is pulled toward them.
 */
public final class WeightedCentroidPositioner implements DevicePositioner {
    private final SensorLayout layout;
    private final long windowMillis;
    private final int strongest;
    private final ReadingWindow window;
    private final double[] mean;
    private final int[] count;
    private final int[] chosen;

    public WeightedCentroidPositioner(SensorLayout layout, long windowMillis, int strongest) {
        if (windowMillis <= 0 || strongest <= 0) {
            throw new IllegalArgumentException("window and strongest must be positive");
        }
        this.layout = layout;
        this.windowMillis = windowMillis;
        this.strongest = strongest;
        this.window = new ReadingWindow(windowMillis + MAX_OBSERVED_AHEAD_MILLIS);
        this.mean = new double[layout.size()];
        this.count = new int[layout.size()];
        this.chosen = new int[strongest];
    }

    @Override
    public void observe(long ts, int sensor, int rssi) {
        window.add(ts, sensor, rssi);
    }

    /** Uses the readings in {@code [ts - window, ts)}. */
    @Override
    public PositionEstimate estimate(long ts) {
        int heard = window.meanPerSensor(ts - windowMillis, ts, mean, count);
        if (heard == 0) {
            return null;
        }
        int k = Math.min(strongest, heard);
        for (int c = 0; c < k; c++) {
            int best = -1;
            for (int s = 0; s < mean.length; s++) {
                if (!Double.isNaN(mean[s]) && (best < 0 || mean[s] > mean[best]) && !contains(chosen, c, s)) {
                    best = s;
                }
            }
            chosen[c] = best;
        }
        double sw = 0;
        double sx = 0;
        double sy = 0;
        for (int c = 0; c < k; c++) {
            double w = Math.pow(10.0, mean[chosen[c]] / 20.0);
            sw += w;
            sx += w * layout.x(chosen[c]);
            sy += w * layout.y(chosen[c]);
        }
        double x = sx / sw;
        double y = sy / sw;
        // The weighted spread of the chosen sensors around the estimate: the centroid cannot do better.
        double spread = 0;
        for (int c = 0; c < k; c++) {
            double w = Math.pow(10.0, mean[chosen[c]] / 20.0);
            double dx = layout.x(chosen[c]) - x;
            double dy = layout.y(chosen[c]) - y;
            spread += w * (dx * dx + dy * dy);
        }
        return new PositionEstimate(ts, x, y, Math.sqrt(spread / sw));
    }

    private static boolean contains(int[] a, int n, int v) {
        for (int i = 0; i < n; i++) {
            if (a[i] == v) {
                return true;
            }
        }
        return false;
    }
}
