package io.footfall.runtime.analytics.positioning;

import java.util.Arrays;

/**
 * The evidence of every burst a device sent while it stood in one place of one zone, summed per cell: the
 * joint likelihood of the stay. Shadowing is drawn afresh for every frame, so a shopper who stands at a shelf
 * for ten bursts is located ten times more sharply than by one; averaging the bursts' means instead would keep
 * each burst's pull toward the middle of the zone (one burst's likelihood is broad, and the zone cuts it off at
 * the walls), and time at shelves near a wall would pile up in the middle of the store.
 *
 * <p>A sharp stay settles on one cell, but the map's means are those of cell centres, and a sensor a few
 * meters away changes by several dB across one cell: the stay keeps each sensor's frames (count, sum, sum of
 * squares, frames missed) and, once it has {@value #REFINE_AFTER_BURSTS} bursts, scores points between the cell
 * centres around its best cell with the path-loss model (walls as at the best cell) and takes their weighted mean.
 */
final class StayEvidence {
    static final int REFINE_AFTER_BURSTS = 3;
    /** Points scored between cell centres: this many steps each way from the best cell's centre, per cell. */
    private static final int REFINE_STEPS = 4;
    private static final double MAX_SQUARED_SIGMAS = 16;
    /**
     * How much better (log-likelihood) a burst must fit elsewhere in the zone than at the stay for the device to
     * have moved; two position parameters, so chance alone exceeds it about e^-6 of the time.
     */
    static final double MOVE_LOG_RATIO = 6;

    private final RadioMap map;
    private final RadioModel model;
    private final double sigma;
    private final int missesPerFrame;
    private final int[] heardFrames;
    private final double[] heardSum;
    private final double[] heardSumSq;
    private int[] touched = new int[32];
    private int touchedCount;
    private long frames;
    private int bursts;
    private static final int POINTS = (2 * REFINE_STEPS + 1) * (2 * REFINE_STEPS + 1);
    private int[] scoredSensors = new int[32];
    private double[] scoredWallDb = new double[32];
    /** The cell {@link #prepareRefine} last prepared, -1 before the first; what it prepared follows. */
    private int refinedCell = -1;
    private int scoredCount;
    private final boolean[] pointInZone = new boolean[POINTS];
    private final double[] pointLogLikelihood = new double[POINTS];
    private double[] pointMeans = new double[0];
    private double[] pointLogMiss = new double[0];
    private double[] pointReportTries = new double[0];
    private int[] cells = new int[256];
    private double[] logLikelihood = new double[256];
    private int[] spareCells = new int[256];
    private double[] spareLogLikelihood = new double[256];
    private int size;
    private double meanX;
    private double meanY;
    private double variance;

    StayEvidence(RadioMap map) {
        this(map, 0);
    }

    StayEvidence(RadioMap map, int advertsPerReport) {
        this.map = map;
        this.missesPerFrame = Math.max(1, advertsPerReport);
        this.model = map.model();
        this.sigma = model.sigmaDb();
        heardFrames = new int[map.sensorCount()];
        heardSum = new double[map.sensorCount()];
        heardSumSq = new double[map.sensorCount()];
    }

    /**
     * Starts a new stay with the locator's last burst (the {@code count} readings of {@code sensors} and
     * {@code rssi}, at most {@code burstFrames} frames per sensor), keeping only the cells of {@code zone}.
     */
    void restart(RadioMapLocator locator, int zone, int[] sensors, int[] rssi, int count, int burstFrames) {
        size = 0;
        for (int i = 0; i < touchedCount; i++) {
            int s = touched[i];
            heardFrames[s] = 0;
            heardSum[s] = 0;
            heardSumSq[s] = 0;
        }
        touchedCount = 0;
        frames = 0;
        bursts = 0;
        int n = locator.candidateCount();
        for (int k = 0; k < n; k++) {
            int cell = locator.candidateCell(k);
            if (map.zoneOf(cell) == zone && locator.candidateLogLikelihood(k) != Double.NEGATIVE_INFINITY) {
                if (size == cells.length) {
                    cells = Arrays.copyOf(cells, size * 2);
                    logLikelihood = Arrays.copyOf(logLikelihood, size * 2);
                }
                cells[size] = cell;
                logLikelihood[size] = locator.candidateLogLikelihood(k);
                size++;
            }
        }
        addSignal(sensors, rssi, count, burstFrames);
        summarize(locator);
    }

    /**
     * Adds the locator's last burst to the stay. Cells the burst could not have come from (not among its
     * candidates) leave the stay. Returns false, leaving the stay as it was, when no cell is left or the burst
     * fits the stay too badly: the device moved.
     */
    boolean add(RadioMapLocator locator, int[] sensors, int[] rssi, int count, int burstFrames) {
        int n = locator.candidateCount();
        int zone = size == 0 ? -1 : map.zoneOf(cells[0]);
        double burstBest = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            if (map.zoneOf(locator.candidateCell(k)) == zone) {
                burstBest = Math.max(burstBest, locator.candidateLogLikelihood(k));
            }
        }
        double stayBest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < size; i++) {
            stayBest = Math.max(stayBest, logLikelihood[i]);
        }
        // Both lists are in ascending cell order: one merge keeps the cells in both, into the spare arrays.
        if (spareCells.length < size) {
            spareCells = new int[cells.length];
            spareLogLikelihood = new double[cells.length];
        }
        double jointBest = Double.NEGATIVE_INFINITY;
        int out = 0;
        for (int i = 0, k = 0; i < size && k < n; ) {
            int a = cells[i];
            int b = locator.candidateCell(k);
            if (a < b) {
                i++;
            } else if (b < a) {
                k++;
            } else {
                double joint = logLikelihood[i] + locator.candidateLogLikelihood(k);
                if (joint != Double.NEGATIVE_INFINITY) {
                    spareCells[out] = a;
                    spareLogLikelihood[out] = joint;
                    jointBest = Math.max(jointBest, joint);
                    out++;
                }
                i++;
                k++;
            }
        }
        // A generalized likelihood ratio: the burst fits the stay much worse than somewhere else in the zone.
        if (out == 0 || stayBest + burstBest - jointBest > MOVE_LOG_RATIO) {
            return false;
        }
        int[] oldCells = cells;
        double[] oldLogLikelihood = logLikelihood;
        cells = spareCells;
        logLikelihood = spareLogLikelihood;
        spareCells = oldCells;
        spareLogLikelihood = oldLogLikelihood;
        size = out;
        addSignal(sensors, rssi, count, burstFrames);
        summarize(locator);
        return true;
    }

    private void addSignal(int[] sensors, int[] rssi, int count, int burstFrames) {
        for (int i = 0; i < count; i++) {
            int s = sensors[i];
            if (heardFrames[s] == 0) {
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, touchedCount * 2);
                }
                touched[touchedCount++] = s;
            }
            heardFrames[s]++;
            heardSum[s] += rssi[i];
            heardSumSq[s] += (double) rssi[i] * rssi[i];
        }
        frames += burstFrames;
        bursts++;
    }

    boolean isEmpty() {
        return size == 0;
    }

    double meanX() {
        return meanX;
    }

    double meanY() {
        return meanY;
    }

    /** Variance of the position, x and y added. */
    double variance() {
        return variance;
    }

    private void summarize(RadioMapLocator locator) {
        double best = Double.NEGATIVE_INFINITY;
        int bestCell = -1;
        for (int i = 0; i < size; i++) {
            if (logLikelihood[i] > best) {
                best = logLikelihood[i];
                bestCell = cells[i];
            }
        }
        double mass = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < size; i++) {
            double w = Math.exp(logLikelihood[i] - best);
            double x = map.cellX(cells[i]);
            double y = map.cellY(cells[i]);
            mass += w;
            sx += w * x;
            sy += w * y;
            sxx += w * x * x;
            syy += w * y * y;
        }
        if (mass == 0) {
            return;
        }
        meanX = sx / mass;
        meanY = sy / mass;
        variance = Math.max(0, sxx / mass - meanX * meanX) + Math.max(0, syy / mass - meanY * meanY);
        if (bursts >= REFINE_AFTER_BURSTS && variance < map.cellSize() * map.cellSize()) {
            refineAround(bestCell, locator);
        }
    }

    /** Replaces the mean with that of points between the cell centres around {@code cell}, scored with the model. */
    private void refineAround(int cell, RadioMapLocator locator) {
        double cx = map.cellX(cell);
        double cy = map.cellY(cell);
        if (cell != refinedCell) {
            prepareRefine(cell, cx, cy, locator);
        }
        int n = scoredCount;
        double step = map.cellSize() / REFINE_STEPS;
        double[] ll = pointLogLikelihood;
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < POINTS; k++) {
            if (!pointInZone[k]) {
                ll[k] = Double.NEGATIVE_INFINITY;
                continue;
            }
            double sum = 0;
            for (int m = 0, at = k * n; m < n; m++, at++) {
                int s = scoredSensors[m];
                double mean = pointMeans[at];
                int heard = heardFrames[s];
                if (heard > 0) {
                    double squares = heardSumSq[s] - 2 * mean * heardSum[s] + heard * mean * mean;
                    sum -= 0.5 * heard * Math.min(squares / (heard * sigma * sigma), MAX_SQUARED_SIGMAS);
                    sum += heard * pointReportTries[at];
                }
                // Report windows: frames counts reports, and a missed report is every advert of it missed.
                sum += Math.max(0, frames - heard) * missesPerFrame * pointLogMiss[at];
            }
            ll[k] = sum;
            best = Math.max(best, sum);
        }
        if (best == Double.NEGATIVE_INFINITY) {
            return;
        }
        double mass = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        int k = 0;
        for (int i = -REFINE_STEPS; i <= REFINE_STEPS; i++) {
            for (int j = -REFINE_STEPS; j <= REFINE_STEPS; j++, k++) {
                if (ll[k] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                double w = Math.exp(ll[k] - best);
                double x = cx + i * step;
                double y = cy + j * step;
                mass += w;
                sx += w * x;
                sy += w * y;
                sxx += w * x * x;
                syy += w * y * y;
            }
        }
        meanX = sx / mass;
        meanY = sy / mass;
        variance = Math.max(0, sxx / mass - meanX * meanX) + Math.max(0, syy / mass - meanY * meanY);
    }

    /**
     * The model's mean RSSI of every sensor the cell's row holds at every point scored around the cell, and whether
     * the point is in the cell's zone: they depend only on the cell, and a settled stay refines around the same
     * cell burst after burst, so they are computed once per cell instead of once per burst.
     */
    private void prepareRefine(int cell, double cx, double cy, RadioMapLocator locator) {
        int zone = map.zoneOf(cell);
        // Each sensor's walls as the map has them at the cell centre: the model adds only the distance.
        int n = 0;
        for (int e = map.rowStart(cell), end = map.rowEnd(cell); e < end; e++) {
            int s = map.rowSensor(e);
            if (n == scoredSensors.length) {
                scoredSensors = Arrays.copyOf(scoredSensors, n * 2);
                scoredWallDb = Arrays.copyOf(scoredWallDb, n * 2);
            }
            scoredSensors[n] = s;
            scoredWallDb[n] = model.meanRssi(Math.hypot(cx - map.sensorX(s), cy - map.sensorY(s)), 0) - map.rowMean(e);
            n++;
        }
        if (pointMeans.length < POINTS * n) {
            pointMeans = new double[POINTS * n];
            pointLogMiss = new double[POINTS * n];
            pointReportTries = new double[POINTS * n];
        }
        double step = map.cellSize() / REFINE_STEPS;
        int k = 0;
        for (int i = -REFINE_STEPS; i <= REFINE_STEPS; i++) {
            for (int j = -REFINE_STEPS; j <= REFINE_STEPS; j++, k++) {
                double x = cx + i * step;
                double y = cy + j * step;
                pointInZone[k] = zoneAt(x, y) == zone;
                if (!pointInZone[k]) {
                    continue;
                }
                for (int m = 0, at = k * n; m < n; m++, at++) {
                    int s = scoredSensors[m];
                    double mean = model.meanRssi(Math.hypot(x - map.sensorX(s), y - map.sensorY(s)), scoredWallDb[m]);
                    pointMeans[at] = mean;
                    pointLogMiss[at] = locator.logMiss(mean);
                    pointReportTries[at] = locator.reportTries(mean);
                }
            }
        }
        scoredCount = n;
        refinedCell = cell;
    }

    private int zoneAt(double x, double y) {
        int c = (int) Math.floor(x / map.cellSize());
        int r = (int) Math.floor(y / map.cellSize());
        return c < 0 || r < 0 || c >= map.cols() || r >= map.rows() ? -1 : map.zoneOf(r * map.cols() + c);
    }
}
