package io.footfall.runtime.analytics.positioning;

import java.util.Arrays;

/**
 * Scores one burst of readings (every frame one device sent within a second or so, as each sensor heard it)
 * against a {@link RadioMap}: the likelihood of every plausible cell, from the sensors that heard the device
 * (Gaussian shadowing around the cell's mean RSSI) AND from those that should have heard it there but did
 * not (the chance each frame stayed under their floor). The silent sensors are what tell a store from its
 * mirror image across the hall. The result is summed per zone: its mass and the mass-weighted moments of
 * position, ready for {@link RadioMapPositioner}'s zone filter.
 *
 * <p>One locator per thread: it owns scratch arrays sized by the sensors and zones of the map.
 */
public final class RadioMapLocator {
    /** A frame more than 4σ off its mean is an outlier (a reflection, a body in the way): it costs no more than 4σ. */
    private static final double MAX_SQUARED_SIGMAS = 16;
    private static final double TABLE_STEP_DB = 0.05;
    /** exp(-21.5) is under the 1e-9 weight below which a cell is left out of the evidence. */
    private static final double PRUNE_BELOW_BEST = 21.5;

    private final RadioMap map;
    private final double sigma;
    private final double weakest;
    private final double[] logMissTable;
    /**
     * Report windows: log of the chance, relative to one advert's, that a sensor reports a value at all: it
     * reports the first of the window's adverts it hears, so a weak one gets several tries.
     */
    private final double[] reportTriesTable;
    /** {@link #reportTries} of every entry of the map, and of the weakest useful mean. */
    private final double[] entryReportTries;
    private final double triesAtWeakest;
    private final int[] heardFrames;
    private final double[] heardSum;
    private final double[] heardSumSq;
    /** {@link #logMiss} of every (sensor, mean) entry of the map, looked up once instead of once per burst. */
    private final double[] entryLogMiss;
    /** Per heard sensor of the current burst: {@code heardTerm(s, weakest)}, the same for every cell. */
    private final double[] heardAtWeakest;
    private double[] cellLogLikelihood = new double[1024];
    private int[] cells = new int[1024];
    private int candidates;
    /**
     * Per (loudest sensor, its RSSI from {@value #MIN_CACHED_RSSI} to 0 dBm): 1 + the index among the candidates
     * of the cell nearest that sensor, 0 until first needed. The candidates are a function of the two alone, so
     * the nearest one is too: looked up instead of a scan of every candidate per burst.
     */
    private final int[] nearestBySensorAndRssi;
    private static final int MIN_CACHED_RSSI = -130;
    private final Evidence evidence;
    /**
     * 0: a burst's frames are counted as heard (WiFi probes: every frame a sensor hears is reported). Otherwise
     * sensors report a device once per window, the first of this many adverts they hear (BLE scanners): a silent
     * sensor missed all of them, and a sensor that reported says nothing about the adverts it did not report.
     */
    private final int advertsPerReport;

    /** Per zone: likelihood mass and its first and second moments of position. Valid until the next call. */
    public static final class Evidence {
        int size;
        int[] zones;
        double[] mass;
        double[] sumX;
        double[] sumY;
        double[] sumXX;
        double[] sumYY;
        final int[] slotOfZone;

        Evidence(int zoneCount) {
            slotOfZone = new int[zoneCount];
            Arrays.fill(slotOfZone, -1);
            zones = new int[16];
            mass = new double[16];
            sumX = new double[16];
            sumY = new double[16];
            sumXX = new double[16];
            sumYY = new double[16];
        }

        void clear() {
            for (int i = 0; i < size; i++) {
                slotOfZone[zones[i]] = -1;
            }
            size = 0;
        }

        void add(int zone, double w, double x, double y) {
            int slot = slotOfZone[zone];
            if (slot < 0) {
                if (size == zones.length) {
                    int n = size * 2;
                    zones = Arrays.copyOf(zones, n);
                    mass = Arrays.copyOf(mass, n);
                    sumX = Arrays.copyOf(sumX, n);
                    sumY = Arrays.copyOf(sumY, n);
                    sumXX = Arrays.copyOf(sumXX, n);
                    sumYY = Arrays.copyOf(sumYY, n);
                }
                slot = size++;
                slotOfZone[zone] = slot;
                zones[slot] = zone;
                mass[slot] = 0;
                sumX[slot] = 0;
                sumY[slot] = 0;
                sumXX[slot] = 0;
                sumYY[slot] = 0;
            }
            mass[slot] += w;
            sumX[slot] += w * x;
            sumY[slot] += w * y;
            sumXX[slot] += w * x * x;
            sumYY[slot] += w * y * y;
        }

        public int size() {
            return size;
        }

        public int zone(int i) {
            return zones[i];
        }

        public double mass(int i) {
            return mass[i];
        }

        public double meanX(int i) {
            return sumX[i] / mass[i];
        }

        public double meanY(int i) {
            return sumY[i] / mass[i];
        }

        /** Variance of the position within the zone, x and y added. */
        public double variance(int i) {
            double mx = meanX(i);
            double my = meanY(i);
            return Math.max(0, sumXX[i] / mass[i] - mx * mx) + Math.max(0, sumYY[i] / mass[i] - my * my);
        }
    }

    public RadioMapLocator(RadioMap map) {
        this(map, 0);
    }

    /** A locator for report-window sensors ({@code advertsPerReport} ≥ 1) or, with 0, for frame-by-frame ones. */
    public RadioMapLocator(RadioMap map, int advertsPerReport) {
        this.map = map;
        this.advertsPerReport = advertsPerReport;
        RadioModel m = map.model();
        sigma = m.sigmaDb();
        weakest = m.weakestUsefulMean();
        int steps = (int) Math.ceil((m.rssiAt1m() + 20 - weakest) / TABLE_STEP_DB) + 1;
        logMissTable = new double[steps];
        for (int i = 0; i < steps; i++) {
            double mean = weakest + i * TABLE_STEP_DB;
            // A reading is reported when it rounds to the floor or above.
            double miss = Gaussian.cdf((m.floorDbm() - 0.5 - mean) / sigma);
            logMissTable[i] = Math.log(Math.max(1e-12, miss));
        }
        reportTriesTable = new double[steps];
        for (int i = 0; i < steps && advertsPerReport > 1; i++) {
            double miss = Math.exp(logMissTable[i]);
            // 1 + miss + ... + miss^(n-1): the first advert heard may be any of the n.
            reportTriesTable[i] = Math.log(miss >= 1 ? advertsPerReport : (1 - Math.pow(miss, advertsPerReport)) / (1 - miss));
        }
        heardFrames = new int[map.sensorCount()];
        heardSum = new double[map.sensorCount()];
        heardSumSq = new double[map.sensorCount()];
        heardAtWeakest = new double[map.sensorCount()];
        entryLogMiss = new double[map.entries()];
        entryReportTries = new double[advertsPerReport > 1 ? map.entries() : 0];
        for (int e = 0; e < entryLogMiss.length; e++) {
            entryLogMiss[e] = logMiss(map.rowMean(e));
        }
        for (int e = 0; e < entryReportTries.length; e++) {
            entryReportTries[e] = reportTries(map.rowMean(e));
        }
        triesAtWeakest = reportTries(weakest);
        nearestBySensorAndRssi = new int[map.sensorCount() * (1 - MIN_CACHED_RSSI)];
        evidence = new Evidence(map.zones().size());
    }

    /**
     * A locator over the same map for another thread: the per-map tables (looked up once, read-only) are shared,
     * the per-burst scratch is its own. Scores exactly as this one does.
     */
    public RadioMapLocator forAnotherThread() {
        return new RadioMapLocator(this);
    }

    private RadioMapLocator(RadioMapLocator shared) {
        map = shared.map;
        advertsPerReport = shared.advertsPerReport;
        sigma = shared.sigma;
        weakest = shared.weakest;
        logMissTable = shared.logMissTable;
        reportTriesTable = shared.reportTriesTable;
        entryLogMiss = shared.entryLogMiss;
        entryReportTries = shared.entryReportTries;
        triesAtWeakest = shared.triesAtWeakest;
        heardFrames = new int[map.sensorCount()];
        heardSum = new double[map.sensorCount()];
        heardSumSq = new double[map.sensorCount()];
        heardAtWeakest = new double[map.sensorCount()];
        nearestBySensorAndRssi = new int[map.sensorCount() * (1 - MIN_CACHED_RSSI)];
        evidence = new Evidence(map.zones().size());
    }

    public RadioMap map() {
        return map;
    }

    /** Adverts per report window (0: frames are reported one by one). */
    public int advertsPerReport() {
        return advertsPerReport;
    }

    /**
     * Scores a burst: {@code count} readings, reading i heard by {@code sensors[i]} at {@code rssi[i]} dBm, each
     * sensor hearing at most {@code frames} frames. Returns the evidence per zone (empty when no walkable cell
     * could have produced the burst).
     */
    public Evidence locate(int[] sensors, int[] rssi, int count, int frames) {
        evidence.clear();
        candidates = 0;
        if (count == 0) {
            return evidence;
        }
        if (advertsPerReport > 0) {
            frames = advertsPerReport;
        }
        int strongest = 0;
        for (int i = 0; i < count; i++) {
            int s = sensors[i];
            heardFrames[s]++;
            heardSum[s] += rssi[i];
            heardSumSq[s] += (double) rssi[i] * rssi[i];
            if (rssi[i] > rssi[strongest]) {
                strongest = i;
            }
        }
        // Any heard sensor that a cell's row lacks is scored as if its mean there were the weakest useful one.
        double base = 0;
        for (int i = 0; i < count; i++) {
            base += frameTerm(rssi[i], weakest) + triesAtWeakest;
        }
        // The most the heard sensors' terms can add to a cell (each is at most -heardAtWeakest): every other term
        // is a log-probability, at most 0. Counted per reading, so a sensor heard twice counts twice: a bound.
        double potential = 0;
        for (int i = 0; i < count; i++) {
            heardAtWeakest[sensors[i]] = heardTerm(sensors[i], weakest);
            potential -= heardAtWeakest[sensors[i]];
            potential += advertsPerReport > 1 ? Math.log(advertsPerReport) - triesAtWeakest : 0;
        }
        candidates = collectCandidates(sensors[strongest], rssi[strongest]);
        // Start from the cell nearest the loudest sensor, usually close to the best: cells that then cannot
        // come within PRUNE_BELOW_BEST of the best are left after a few entries. They would get a weight
        // under exp(-21.5) < 1e-9 below and be dropped anyway, so the evidence is the same.
        double best = candidates == 0 ? Double.NEGATIVE_INFINITY
                : logLikelihood(cells[nearest(candidates, sensors[strongest], rssi[strongest])], base, frames,
                Double.NEGATIVE_INFINITY, 0);
        // Two cells at a time, each summed in its own order as one at a time would: two independent chains of
        // additions keep the core busy where one waits for each sum. The second cell's cut-off would include
        // the first's result, not known yet: both are scored against the earlier (lower) cut-off, and then each
        // is given up if its lowest check fell under the cut-off one at a time would have used. That is the
        // same test on the same partial sums, so the same cells are given up and the sums are the same.
        int k = 0;
        for (; k + 1 < candidates; k += 2) {
            double cutoff = best - PRUNE_BELOW_BEST;
            logLikelihoodPair(cells[k], cells[k + 1], base, frames, cutoff, potential);
            double ll = pairLowestCheckA < cutoff ? Double.NEGATIVE_INFINITY : pairA;
            cellLogLikelihood[k] = ll;
            best = Math.max(best, ll);
            ll = pairLowestCheckB < best - PRUNE_BELOW_BEST ? Double.NEGATIVE_INFINITY : pairB;
            cellLogLikelihood[k + 1] = ll;
            best = Math.max(best, ll);
        }
        for (; k < candidates; k++) {
            double ll = logLikelihood(cells[k], base, frames, best - PRUNE_BELOW_BEST, potential);
            cellLogLikelihood[k] = ll;
            best = Math.max(best, ll);
        }
        for (k = 0; k < candidates; k++) {
            // exp(-21) < 1e-9: such a cell (and a given-up one) would be dropped below, exp or not.
            double d = cellLogLikelihood[k] - best;
            if (d < -21) {
                continue;
            }
            double w = Math.exp(d);
            if (w > 1e-9) {
                int cell = cells[k];
                evidence.add(map.zoneOf(cell), w, map.cellX(cell), map.cellY(cell));
            }
        }
        for (int i = 0; i < count; i++) {
            int s = sensors[i];
            heardFrames[s] = 0;
            heardSum[s] = 0;
            heardSumSq[s] = 0;
        }
        return evidence;
    }

    /** How many cells the last {@link #locate} scored (in ascending cell order); valid until the next call. */
    public int candidateCount() {
        return candidates;
    }

    /** The k-th cell the last {@link #locate} scored. */
    public int candidateCell(int k) {
        return cells[k];
    }

    /**
     * The last burst's log-likelihood at its k-th cell (up to a constant shared by all its cells); negative
     * infinity for a cell given up as more than {@value #PRUNE_BELOW_BEST} under the best.
     */
    public double candidateLogLikelihood(int k) {
        return cellLogLikelihood[k];
    }

    /**
     * A cell's log-likelihood: the hot loop (cells within reach × the sensors each row holds), the per-entry and
     * per-burst parts looked up rather than recomputed. Every 8 entries, a cell whose sum plus {@code potential}
     * (the most the rest can add) is under {@code cutoff} is given up: negative infinity.
     */
    private double logLikelihood(int cell, double base, int frames, double cutoff, double potential) {
        double ll = base;
        int start = map.rowStart(cell);
        for (int e = start, end = map.rowEnd(cell); e < end; e++) {
            int s = map.rowSensor(e);
            int heard = heardFrames[s];
            if (heard == 0) {
                ll += frames * entryLogMiss[e];
            } else {
                ll += heardTerm(s, map.rowMean(e)) - heardAtWeakest[s] + (advertsPerReport > 0
                        ? (entryReportTries.length == 0 ? 0 : heard * (entryReportTries[e] - triesAtWeakest))
                        : Math.max(0, frames - heard) * entryLogMiss[e]);
            }
            if (((e - start) & 7) == 7 && ll + potential < cutoff) {
                return Double.NEGATIVE_INFINITY;
            }
        }
        return ll;
    }

    /** {@link #nearest(int, int)} for the candidates of this loudest sensor and RSSI, remembered. */
    private int nearest(int candidates, int sensor, int rssi) {
        if (rssi < MIN_CACHED_RSSI || rssi > 0) {
            return nearest(candidates, sensor);
        }
        int slot = sensor * (1 - MIN_CACHED_RSSI) + rssi - MIN_CACHED_RSSI;
        if (nearestBySensorAndRssi[slot] == 0) {
            nearestBySensorAndRssi[slot] = 1 + nearest(candidates, sensor);
        }
        return nearestBySensorAndRssi[slot] - 1;
    }

    /** {@link #logLikelihoodPair}'s results: each cell's sum and the lowest of its checks (sum + potential). */
    private double pairA;
    private double pairB;
    private double pairLowestCheckA;
    private double pairLowestCheckB;

    /**
     * {@link #logLikelihood} of two cells at once, entry by entry in each row's order. A cell whose check falls
     * under {@code cutoff} is given up (its check is then under the cut-off); otherwise its sum and the lowest
     * of its checks are left in {@link #pairA}/{@link #pairLowestCheckA} (and B) for the caller to test against
     * a higher cut-off.
     */
    private void logLikelihoodPair(int cellA, int cellB, double base, int frames, double cutoff, double potential) {
        double a = base;
        double b = base;
        double lowA = Double.POSITIVE_INFINITY;
        double lowB = Double.POSITIVE_INFINITY;
        int startA = map.rowStart(cellA);
        int endA = map.rowEnd(cellA);
        int startB = map.rowStart(cellB);
        int endB = map.rowEnd(cellB);
        int common = Math.min(endA - startA, endB - startB);
        boolean liveA = true;
        boolean liveB = true;
        int i = 0;
        for (; i < common && liveA && liveB; i++) {
            a += entryTerm(startA + i, frames);
            b += entryTerm(startB + i, frames);
            if ((i & 7) == 7) {
                double checkA = a + potential;
                double checkB = b + potential;
                lowA = Math.min(lowA, checkA);
                lowB = Math.min(lowB, checkB);
                liveA = !(checkA < cutoff);
                liveB = !(checkB < cutoff);
            }
        }
        for (int j = i; liveA && startA + j < endA; j++) {
            a += entryTerm(startA + j, frames);
            if ((j & 7) == 7) {
                double check = a + potential;
                lowA = Math.min(lowA, check);
                liveA = !(check < cutoff);
            }
        }
        for (int j = i; liveB && startB + j < endB; j++) {
            b += entryTerm(startB + j, frames);
            if ((j & 7) == 7) {
                double check = b + potential;
                lowB = Math.min(lowB, check);
                liveB = !(check < cutoff);
            }
        }
        pairA = a;
        pairB = b;
        pairLowestCheckA = lowA;
        pairLowestCheckB = lowB;
    }

    /** What entry {@code e} of a row adds to its cell's log-likelihood (see {@link #logLikelihood}). */
    private double entryTerm(int e, int frames) {
        int s = map.rowSensor(e);
        int heard = heardFrames[s];
        if (heard == 0) {
            return frames * entryLogMiss[e];
        }
        return heardTerm(s, map.rowMean(e)) - heardAtWeakest[s] + (advertsPerReport > 0
                ? (entryReportTries.length == 0 ? 0 : heard * (entryReportTries[e] - triesAtWeakest))
                : Math.max(0, frames - heard) * entryLogMiss[e]);
    }

    /** The index (among the candidates) of the cell nearest a sensor. */
    private int nearest(int candidates, int sensor) {
        double sx = map.sensorX(sensor);
        double sy = map.sensorY(sensor);
        int best = 0;
        double bestD2 = Double.POSITIVE_INFINITY;
        for (int k = 0; k < candidates; k++) {
            double dx = map.cellX(cells[k]) - sx;
            double dy = map.cellY(cells[k]) - sy;
            double d2 = dx * dx + dy * dy;
            if (d2 < bestD2) {
                bestD2 = d2;
                best = k;
            }
        }
        return best;
    }

    /** The walkable cells from which the strongest reading was possible at all (walls only weaken). */
    private int collectCandidates(int sensor, int rssi) {
        double reach = map.model().horizontalRangeFor(rssi) + map.cellSize();
        double size = map.cellSize();
        double sx = map.sensorX(sensor);
        double sy = map.sensorY(sensor);
        int c0 = Math.max(0, (int) Math.floor((sx - reach) / size));
        int c1 = Math.min(map.cols() - 1, (int) Math.floor((sx + reach) / size));
        int r0 = Math.max(0, (int) Math.floor((sy - reach) / size));
        int r1 = Math.min(map.rows() - 1, (int) Math.floor((sy + reach) / size));
        int n = 0;
        double reach2 = reach * reach;
        for (int r = r0; r <= r1; r++) {
            double dy = (r + 0.5) * size - sy;
            for (int c = c0; c <= c1; c++) {
                double dx = (c + 0.5) * size - sx;
                int cell = r * map.cols() + c;
                if (dx * dx + dy * dy > reach2 || map.zoneOf(cell) < 0) {
                    continue;
                }
                if (n == cells.length) {
                    cells = Arrays.copyOf(cells, n * 2);
                    cellLogLikelihood = Arrays.copyOf(cellLogLikelihood, n * 2);
                }
                cells[n++] = cell;
            }
        }
        return n;
    }

    private double heardTerm(int sensor, double mean) {
        int k = heardFrames[sensor];
        double squares = heardSumSq[sensor] - 2 * mean * heardSum[sensor] + k * mean * mean;
        double perFrame = squares / (k * sigma * sigma);
        return -0.5 * k * Math.min(perFrame, MAX_SQUARED_SIGMAS);
    }

    private double frameTerm(int rssi, double mean) {
        double z = (rssi - mean) / sigma;
        return -0.5 * Math.min(z * z, MAX_SQUARED_SIGMAS);
    }

    /** Report windows: log(1 + miss + ... + miss^(n-1)) where the mean is {@code mean} dBm; 0 otherwise. */
    double reportTries(double mean) {
        int i = (int) ((mean - weakest) / TABLE_STEP_DB);
        return reportTriesTable[Math.max(0, Math.min(reportTriesTable.length - 1, i))];
    }

    /** Log of the chance that one frame from where the mean is {@code mean} dBm stays under the floor. */
    double logMiss(double mean) {
        int i = (int) ((mean - weakest) / TABLE_STEP_DB);
        return logMissTable[Math.max(0, Math.min(logMissTable.length - 1, i))];
    }
}
