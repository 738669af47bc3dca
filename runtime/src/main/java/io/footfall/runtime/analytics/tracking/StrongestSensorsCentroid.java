package io.footfall.runtime.analytics.tracking;

import java.util.Arrays;

/**
 * The baseline method: the RSSI-weighted centroid of the sensors that heard the device best over the last
 * window, weights 1/d² from a log-distance path-loss model so a sensor 3 dB stronger pulls noticeably harder.
 * Uncertainty is the weighted spread of those sensors around the estimate.
 */
public final class StrongestSensorsCentroid implements DeviceTracker {
    private final double[] sensorX;
    private final double[] sensorY;
    private final long windowMs;
    private final int strongest;
    private final double pathLossExponent;

    private long[] ts = new long[32];
    private int[] sensor = new int[32];
    private int[] rssi = new int[32];
    private int head;
    private int size;
    private final double[] sum;
    private final int[] count;

    public StrongestSensorsCentroid(double[] sensorX, double[] sensorY, long windowMs, int strongest,
                                    double pathLossExponent) {
        this.sensorX = sensorX;
        this.sensorY = sensorY;
        this.windowMs = windowMs;
        this.strongest = strongest;
        this.pathLossExponent = pathLossExponent;
        this.sum = new double[sensorX.length];
        this.count = new int[sensorX.length];
    }

    @Override
    public void observe(long t, int s, int r) {
        while (size > 0 && ts[head] <= t - windowMs * 2) {
            head = (head + 1) % ts.length;
            size--;
        }
        if (size == ts.length) {
            grow();
        }
        int at = (head + size) % ts.length;
        ts[at] = t;
        sensor[at] = s;
        rssi[at] = r;
        size++;
    }

    private void grow() {
        int n = ts.length * 2;
        long[] t2 = new long[n];
        int[] s2 = new int[n];
        int[] r2 = new int[n];
        for (int i = 0; i < size; i++) {
            int from = (head + i) % ts.length;
            t2[i] = ts[from];
            s2[i] = sensor[from];
            r2[i] = rssi[from];
        }
        ts = t2;
        sensor = s2;
        rssi = r2;
        head = 0;
    }

    @Override
    public double[] estimate(long at) {
        Arrays.fill(sum, 0);
        Arrays.fill(count, 0);
        int heard = 0;
        for (int i = 0; i < size; i++) {
            int k = (head + i) % ts.length;
            if (ts[k] > at - windowMs && ts[k] <= at) {
                if (count[sensor[k]] == 0) {
                    heard++;
                }
                sum[sensor[k]] += rssi[k];
                count[sensor[k]]++;
            }
        }
        if (heard == 0) {
            return null;
        }
        int[] best = new int[Math.min(strongest, heard)];
        double[] bestRssi = new double[best.length];
        Arrays.fill(bestRssi, Double.NEGATIVE_INFINITY);
        for (int s = 0; s < sum.length; s++) {
            if (count[s] == 0) {
                continue;
            }
            double mean = sum[s] / count[s];
            for (int j = 0; j < best.length; j++) {
                if (mean > bestRssi[j]) {
                    System.arraycopy(bestRssi, j, bestRssi, j + 1, best.length - j - 1);
                    System.arraycopy(best, j, best, j + 1, best.length - j - 1);
                    bestRssi[j] = mean;
                    best[j] = s;
                    break;
                }
            }
        }
        double wx = 0;
        double wy = 0;
        double w = 0;
        double[] weights = new double[best.length];
        for (int j = 0; j < best.length; j++) {
            // Relative distance from the log-distance model: d ∝ 10^(-rssi / 10n); weight 1/d².
            double weight = Math.pow(10, (bestRssi[j] - bestRssi[0]) / (5 * pathLossExponent));
            weights[j] = weight;
            wx += weight * sensorX[best[j]];
            wy += weight * sensorY[best[j]];
            w += weight;
        }
        double x = wx / w;
        double y = wy / w;
        double spread = 0;
        for (int j = 0; j < best.length; j++) {
            spread += weights[j] * (Math.pow(sensorX[best[j]] - x, 2) + Math.pow(sensorY[best[j]] - y, 2));
        }
        double uncertainty = Math.max(1.0, Math.sqrt(spread / w));
        return new double[] {x, y, uncertainty};
    }
}
