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
 * fixed-lag smoother), so estimates are {@code lag} behind live. Readings wait in a queue until an
 * estimate needs them, so a caller may observe further ahead (late data, batches) without losing
 * anything. Cost per step is a few passes over the grid, so it suits rooms and mall sections;
 * memory per device is 2 × (lag/step + 2) grids.
 */
public final class GridFilterPositioner implements DevicePositioner {
    /** Probability below this share of the peak is dropped: far below anything an estimate could show. */
    private static final double NEGLIGIBLE = 1e-12;

    private final PositioningGrid grid;
    private final GridFilterConfig config;
    private final int lagSteps;
    /** Ring of the last lagSteps + 2 filtered distributions and step likelihoods, indexed by step % ring. */
    private final double[][] filtered;
    private final double[][] likelihood;
    /** Per ring slot, the box outside which the filtered distribution is exactly zero. */
    private final int[][] support;
    private final double[] scratch;
    private final double[] backward;
    /** Likelihood of a reading by its residual in {@link PositioningGrid#QUANTUM_DB} units, offset by RESIDUAL_RANGE. */
    private final double[] likelihoodByResidual;
    private final int residualRange;

    private final PendingReadings pending = new PendingReadings();
    private boolean started;
    private long originTs;
    /** The step whose readings are being collected; steps before it are closed. */
    private long openStep;
    /** The newest reading folded into the filter. */
    private long lastReadingTs;
    private long lastObservedTs = Long.MIN_VALUE;

    public GridFilterPositioner(PositioningGrid grid, GridFilterConfig config) {
        this.grid = grid;
        this.config = config;
        this.lagSteps = (int) (config.lagMillis() / config.stepMillis());
        int ring = lagSteps + 2;  // lag's likelihoods + the filtered step before them + the open step
        filtered = new double[ring][grid.cells()];
        likelihood = new double[ring][grid.cells()];
        support = new int[ring][];
        scratch = new double[grid.cells()];
        backward = new double[grid.cells()];
        // Beyond 8 sigma the Gaussian is nothing next to the outlier floor: one table covers every residual.
        residualRange = (int) Math.ceil(8 * config.sigmaDb() / PositioningGrid.QUANTUM_DB);
        likelihoodByResidual = new double[2 * residualRange + 1];
        for (int i = 0; i < likelihoodByResidual.length; i++) {
            double z = (i - residualRange) * PositioningGrid.QUANTUM_DB / config.sigmaDb();
            likelihoodByResidual[i] = Math.exp(-0.5 * z * z) + config.outlierWeight();
        }
    }

    @Override
    public long lagMillis() {
        return config.lagMillis();
    }

    @Override
    public void observe(long ts, int sensor, int rssi) {
        if (ts < lastObservedTs) {
            throw new IllegalArgumentException("sightings must come in time order: " + ts + " after " + lastObservedTs);
        }
        lastObservedTs = ts;
        pending.add(ts, sensor, rssi);
    }

    /** Folds in every queued reading older than {@code horizon}, restarting after a long silence. */
    private void drainBefore(long horizon) {
        while (!pending.isEmpty() && pending.firstTs() < horizon) {
            long ts = pending.firstTs();
            if (!started || ts - lastReadingTs > config.resetAfterMillis()) {
                restart(ts);
            }
            closeStepsBefore(stepOf(ts));
            lastReadingTs = ts;
            applyReading(pending.firstSensor(), pending.firstRssi());
            pending.removeFirst();
        }
    }

    private void applyReading(int sensor, int rssi) {
        double[] l = likelihood[ring(openStep)];
        int[] expected = grid.expected[sensor];
        int measured = (int) Math.round(rssi / PositioningGrid.QUANTUM_DB);
        int last = likelihoodByResidual.length - 1;
        double max = 0;
        for (int cell = 0; cell < l.length; cell++) {
            int index = measured - expected[cell] + residualRange;
            double v = l[cell] * likelihoodByResidual[index < 0 ? 0 : Math.min(index, last)];
            l[cell] = v;
            max = Math.max(max, v);
        }
        scale(l, 1.0 / max);
    }

    @Override
    public PositionEstimate estimate(long ts) {
        drainBefore(ts + config.lagMillis());
        if (!started || ts < originTs || ts > lastReadingTs + config.resetAfterMillis()) {
            return null;
        }
        // The filtered distribution at the step boundary nearest ts...
        long boundary = Math.max(1, Math.round((ts - originTs) / (double) config.stepMillis()));
        if (openStep > boundary + lagSteps) {
            throw new IllegalStateException("estimates must be asked in time order: " + ts
                    + " comes after an estimate that looked up to " + (originTs + openStep * config.stepMillis()));
        }
        closeStepsBefore(boundary + lagSteps);
        double[] now = filtered[ring(boundary - 1)];
        int[] box = support[ring(boundary - 1)];
        // The backward message is only needed where the filtered distribution lives; computed on that box
        // grown by the lag's reach, it is exact there.
        int[] reach = grid.grow(box, lagSteps * grid.radius());
        for (int r = reach[2]; r <= reach[3]; r++) {
            Arrays.fill(backward, r * grid.cols + reach[0], r * grid.cols + reach[1] + 1, 1.0);
        }
        for (long step = boundary + lagSteps - 1; step >= boundary; step--) {
            double[] l = likelihood[ring(step)];
            double max = 0;
            for (int r = reach[2]; r <= reach[3]; r++) {
                for (int i = r * grid.cols + reach[0], end = r * grid.cols + reach[1]; i <= end; i++) {
                    backward[i] *= l[i];
                }
            }
            grid.spread(backward, scratch, reach, reach);
            for (int r = reach[2]; r <= reach[3]; r++) {
                for (int i = r * grid.cols + reach[0], end = r * grid.cols + reach[1]; i <= end; i++) {
                    max = Math.max(max, backward[i]);
                }
            }
            if (max > 0) {
                for (int r = reach[2]; r <= reach[3]; r++) {
                    for (int i = r * grid.cols + reach[0], end = r * grid.cols + reach[1]; i <= end; i++) {
                        backward[i] /= max;
                    }
                }
            }
        }
        double sum = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        for (int r = box[2]; r <= box[3]; r++) {
            double y = grid.centerY(r);
            for (int c = box[0]; c <= box[1]; c++) {
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
        support[ring(-1)] = grid.fullBox();
    }

    private long stepOf(long ts) {
        return Math.floorDiv(ts - originTs, config.stepMillis());
    }

    /** Closes every step before {@code step}: motion, then the step's readings. */
    private void closeStepsBefore(long step) {
        while (openStep < step) {
            double[] previous = filtered[ring(openStep - 1)];
            int[] previousBox = support[ring(openStep - 1)];
            double[] next = filtered[ring(openStep)];
            System.arraycopy(previous, 0, next, 0, next.length);
            int[] box = grid.grow(previousBox, grid.radius());
            grid.spread(next, scratch, previousBox, box);
            double[] l = likelihood[ring(openStep)];
            double sum = 0;
            for (int r = box[2]; r <= box[3]; r++) {
                for (int i = r * grid.cols + box[0], end = r * grid.cols + box[1]; i <= end; i++) {
                    next[i] *= l[i];
                    sum += next[i];
                }
            }
            if (sum > 0) {
                scale(next, 1.0 / sum);
            } else {
                // Readings the model finds impossible everywhere: keep the motion-only prediction.
                System.arraycopy(previous, 0, next, 0, next.length);
                grid.spread(next, scratch, previousBox, box);
                normaliseSum(next);
            }
            support[ring(openStep)] = prune(next, box);
            openStep++;
            Arrays.fill(likelihood[ring(openStep)], 1.0);
        }
    }

    /**
     * Zeroes the cells holding less than {@value #NEGLIGIBLE} of the peak and returns the box around
     * the rest: the distribution stays exact where it matters and the next steps work on a few meters.
     */
    private int[] prune(double[] p, int[] box) {
        double max = 0;
        for (int r = box[2]; r <= box[3]; r++) {
            for (int i = r * grid.cols + box[0], end = r * grid.cols + box[1]; i <= end; i++) {
                max = Math.max(max, p[i]);
            }
        }
        double floor = max * NEGLIGIBLE;
        int c0 = Integer.MAX_VALUE;
        int c1 = -1;
        int r0 = Integer.MAX_VALUE;
        int r1 = -1;
        for (int r = box[2]; r <= box[3]; r++) {
            for (int c = box[0]; c <= box[1]; c++) {
                int i = r * grid.cols + c;
                if (p[i] < floor) {
                    p[i] = 0;
                } else {
                    c0 = Math.min(c0, c);
                    c1 = Math.max(c1, c);
                    r0 = Math.min(r0, r);
                    r1 = Math.max(r1, r);
                }
            }
        }
        return c1 < 0 ? box : new int[] {c0, c1, r0, r1};
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
}
