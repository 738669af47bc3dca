package io.footfall.runtime.analytics.positioning;

import java.util.Arrays;

/**
 * A Bayesian grid (point-mass) filter with fixed-lag smoothing: the probability of the device being in
 * each walkable cell, moved by a random-walk pedestrian model that stays on walkable cells, and
 * weighted by each reading's likelihood, Gaussian in dB around the path-loss model plus a small
 * outlier floor.
 *
 * <p>Time runs in steps; all readings of a step make one update. An estimate for t combines the
 * filtered distribution at t with a backward message over the next {@code lag} of readings (a
 * fixed-lag smoother), so estimates are {@code lag} behind live. Cost per step is a few passes over
 * the grid, so it suits rooms and mall sections; memory per device is (lag/step + 2) grids.
 */
public final class GridFilterPositioner implements DevicePositioner {
    private final PositioningGrid grid;
    private final GridFilterConfig config;
    private final int lagSteps;
    /** Ring of the last lagSteps + 2 filtered distributions and step likelihoods, indexed by step % ring. */
    private final double[][] filtered;
    private final double[][] likelihood;
    private final double[] scratch;
    private final double[] backward;
    private final double inverseTwoSigma2;

    private boolean started;
    private long originTs;
    /** The step whose readings are being collected; steps before it are closed. */
    private long openStep;
    private long lastReadingTs;

    public GridFilterPositioner(PositioningGrid grid, GridFilterConfig config) {
        this.grid = grid;
        this.config = config;
        this.lagSteps = (int) (config.lagMillis() / config.stepMillis());
        int ring = lagSteps + 2;  // lag's likelihoods + the filtered step before them + the open step
        filtered = new double[ring][grid.cells()];
        likelihood = new double[ring][grid.cells()];
        scratch = new double[grid.cells()];
        backward = new double[grid.cells()];
        inverseTwoSigma2 = 1.0 / (2 * config.sigmaDb() * config.sigmaDb());
    }

    @Override
    public long lagMillis() {
        return config.lagMillis();
    }

    @Override
    public void observe(long ts, int sensor, int rssi) {
        if (!started || ts - lastReadingTs > config.resetAfterMillis()) {
            restart(ts);
        }
        closeStepsBefore(stepOf(ts));
        lastReadingTs = Math.max(lastReadingTs, ts);
        double[] l = likelihood[ring(openStep)];
        float[] expected = grid.expected[sensor];
        double floor = config.outlierWeight();
        double max = 0;
        for (int cell = 0; cell < l.length; cell++) {
            double z = rssi - expected[cell];
            double v = l[cell] * (Math.exp(-z * z * inverseTwoSigma2) + floor);
            l[cell] = v;
            max = Math.max(max, v);
        }
        scale(l, 1.0 / max);
    }

    @Override
    public PositionEstimate estimate(long ts) {
        if (!started || ts < originTs || ts > lastReadingTs + config.resetAfterMillis()) {
            return null;
        }
        // The filtered distribution at the step boundary nearest ts...
        long boundary = Math.max(1, Math.round((ts - originTs) / (double) config.stepMillis()));
        if (openStep > boundary + lagSteps) {
            throw new IllegalStateException("estimate for " + ts + " asked after readings up to " + lastReadingTs
                    + " were observed; ask before observing past ts + lag");
        }
        closeStepsBefore(boundary + lagSteps);
        double[] now = filtered[ring(boundary - 1)];
        // ...times the backward message of the lag's readings.
        Arrays.fill(backward, 1.0);
        for (long step = boundary + lagSteps - 1; step >= boundary; step--) {
            double[] l = likelihood[ring(step)];
            for (int i = 0; i < backward.length; i++) {
                backward[i] *= l[i];
            }
            grid.spread(backward, scratch);
            normaliseMax(backward);
        }
        double sum = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        for (int r = 0; r < grid.rows; r++) {
            double y = grid.centerY(r);
            for (int c = 0; c < grid.cols; c++) {
                double w = now[r * grid.cols + c] * backward[r * grid.cols + c];
                if (w == 0) {
                    continue;
                }
                double x = grid.centerX(c);
                sum += w;
                sx += w * x;
                sy += w * y;
                sxx += w * x * x;
                syy += w * y * y;
            }
        }
        if (!(sum > 0)) {
            return null;
        }
        double mx = sx / sum;
        double my = sy / sum;
        double variance = Math.max(0, sxx / sum - mx * mx) + Math.max(0, syy / sum - my * my);
        return new PositionEstimate(ts, mx, my, Math.sqrt(variance));
    }

    private void restart(long ts) {
        started = true;
        originTs = ts;
        openStep = 0;
        lastReadingTs = ts;
        Arrays.fill(likelihood[ring(0)], 1.0);
        // Before the first step: anywhere walkable, equally likely.
        double[] prior = filtered[ring(-1)];
        System.arraycopy(grid.walkable, 0, prior, 0, prior.length);
        normaliseSum(prior);
    }

    private long stepOf(long ts) {
        return Math.floorDiv(ts - originTs, config.stepMillis());
    }

    /** Closes every step before {@code step}: motion, then the step's readings. */
    private void closeStepsBefore(long step) {
        while (openStep < step) {
            double[] previous = filtered[ring(openStep - 1)];
            double[] next = filtered[ring(openStep)];
            System.arraycopy(previous, 0, next, 0, next.length);
            grid.spread(next, scratch);
            double[] l = likelihood[ring(openStep)];
            double sum = 0;
            for (int i = 0; i < next.length; i++) {
                next[i] *= l[i];
                sum += next[i];
            }
            if (sum > 0) {
                scale(next, 1.0 / sum);
            } else {
                // Readings the model finds impossible everywhere: keep the motion-only prediction.
                System.arraycopy(previous, 0, next, 0, next.length);
                grid.spread(next, scratch);
                normaliseSum(next);
            }
            openStep++;
            Arrays.fill(likelihood[ring(openStep)], 1.0);
        }
    }

    private int ring(long step) {
        return (int) Math.floorMod(step, (long) filtered.length);
    }

    private static void scale(double[] a, double f) {
        for (int i = 0; i < a.length; i++) {
            a[i] *= f;
        }
    }

    private static void normaliseSum(double[] a) {
        double sum = 0;
        for (double v : a) {
            sum += v;
        }
        scale(a, 1.0 / sum);
    }

    private static void normaliseMax(double[] a) {
        double max = 0;
        for (double v : a) {
            max = Math.max(max, v);
        }
        if (max > 0) {
            scale(a, 1.0 / max);
        }
    }
}
