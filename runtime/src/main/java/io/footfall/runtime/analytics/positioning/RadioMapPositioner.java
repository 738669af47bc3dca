package io.footfall.runtime.analytics.positioning;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * One device's position from its bursts (a WiFi probe burst, a BLE report window): each burst is scored
 * against the site's {@link RadioMap} by a shared {@link RadioMapLocator}, then
 * <ol>
 *   <li>a filter over zones decides which zone the device is in: people stay in a store for minutes, so the
 *       belief carries over between bursts and decays with {@code zoneStayMillis}; a move is taken when the
 *       new burst's evidence outweighs it. This keeps a shopper browsing near a glass front in the store;</li>
 *   <li>within that zone a small Kalman filter (random walk of {@code walkVariance} m²/s) averages the
 *       bursts' in-zone means, and restarts when the zone changes.</li>
 * </ol>
 * The estimate for a time is that of the newest burst that started at or before it (a device is held where
 * it was last heard; the caller decides how long), unless the next burst, within {@code smoothingLagMillis},
 * put the device in another zone or clearly elsewhere: then it walked between the two fixes at {@code walkSpeed}, and the walk is
 * placed in the middle of the gap (bursts come 15-60 s apart; a shopper crossing a hall does not wait for
 * them). Lag: one burst window plus the smoothing lag.
 */
public final class RadioMapPositioner implements DevicePositioner {
    private static final double MIN_MEASUREMENT_VARIANCE = 1.0;
    /** A stay is never taken as sharper than this (m² per axis): the radio model is not exact. */
    private static final double MIN_STAY_VARIANCE = 0.05;
    private static final double MIN_BELIEF = 1e-6;
    /** A burst this many σ from the in-zone estimate means the device moved within the zone. */
    private static final double JUMP_SIGMAS = 3;

    private final RadioMapLocator locator;
    private final long burstMillis;
    private final double zoneStayMillis;
    private final double walkVariance;
    private final long smoothingLagMillis;
    private final double walkSpeed;
    private final boolean reportWindows;

    private int[] burstSensors = new int[32];
    private int[] burstRssi = new int[32];
    private int[] framesPerSensor;
    private int burstSize;
    private int burstFrames;
    private long burstStart = Long.MIN_VALUE;

    private int[] beliefZones = new int[0];
    private double[] beliefProbs = new double[0];
    private long lastBurst = Long.MIN_VALUE;

    private final StayEvidence stay;
    private long stayId;
    private int zone = -1;
    private double x;
    private double y;
    private double variance;
    private long filterTime;

    /** A burst's outcome: where the device was at the burst's start, in which zone. */
    private record Fix(long ts, double x, double y, double uncertainty, int zone, long stay) {
    }

    private final ArrayDeque<Fix> fixes = new ArrayDeque<>();
    private Fix current;
    private Fix distanceFrom;
    private Fix distanceTo;
    private double fixDistance;

    public RadioMapPositioner(RadioMapLocator locator, long burstMillis, long zoneStayMillis, double walkVariance,
                              long smoothingLagMillis, double walkSpeed) {
        this(locator, burstMillis, zoneStayMillis, walkVariance, smoothingLagMillis, walkSpeed, false);
    }

    /**
     * With {@code reportWindows}, the locator's sensors report a device at most once per window of
     * {@code burstMillis}: a burst (one window's reports) also ends when a sensor that already reported in it
     * reports again, since that is the next window.
     */
    public RadioMapPositioner(RadioMapLocator locator, long burstMillis, long zoneStayMillis, double walkVariance,
                              long smoothingLagMillis, double walkSpeed, boolean reportWindows) {
        this.reportWindows = reportWindows;
        this.locator = locator;
        this.burstMillis = burstMillis;
        this.zoneStayMillis = zoneStayMillis;
        this.walkVariance = walkVariance;
        this.smoothingLagMillis = smoothingLagMillis;
        this.walkSpeed = walkSpeed;
        this.framesPerSensor = new int[locator.map().sensorCount()];
        this.stay = new StayEvidence(locator.map(), locator.advertsPerReport());
    }

    @Override
    public void observe(long ts, int sensor, int rssi) {
        if (burstSize > 0 && (ts - burstStart > burstMillis || reportWindows && framesPerSensor[sensor] > 0)) {
            closeBurst();
        }
        if (burstSize == 0) {
            burstStart = ts;
        }
        if (burstSize == burstSensors.length) {
            burstSensors = Arrays.copyOf(burstSensors, burstSize * 2);
            burstRssi = Arrays.copyOf(burstRssi, burstSize * 2);
        }
        burstSensors[burstSize] = sensor;
        burstRssi[burstSize] = rssi;
        burstSize++;
        burstFrames = Math.max(burstFrames, ++framesPerSensor[sensor]);
    }

    @Override
    public PositionEstimate estimate(long ts) {
        if (burstSize > 0 && burstStart + burstMillis <= ts + lagMillis()) {
            closeBurst();
        }
        while (!fixes.isEmpty() && fixes.peekFirst().ts() <= ts) {
            current = fixes.pollFirst();
        }
        if (current == null) {
            return null;
        }
        // The stay's later bursts within the lag also tell where the device stood at ts.
        Fix here = current;
        Fix next = null;
        for (Fix f : fixes) {
            if (f.ts() - ts > smoothingLagMillis) {
                break;
            }
            if (f.stay() != current.stay()) {
                next = f;
                break;
            }
            here = f;
        }
        if (next == null) {
            return new PositionEstimate(ts, here.x(), here.y(), here.uncertainty());
        }
        double distance = distance(here, next);
        if (next.zone() == here.zone() && distance < here.uncertainty() + next.uncertainty()) {
            return new PositionEstimate(ts, here.x(), here.y(), here.uncertainty());
        }
        double gap = next.ts() - here.ts();
        double walk = Math.min(gap, 1000 * distance / walkSpeed);
        double departs = here.ts() + (gap - walk) / 2;
        double f = walk <= 0 ? 1 : Math.max(0, Math.min(1, (ts - departs) / walk));
        return new PositionEstimate(ts, here.x() + f * (next.x() - here.x()), here.y() + f * (next.y() - here.y()),
                Math.max(here.uncertainty(), next.uncertainty()) + Math.min(f, 1 - f) * distance);
    }

    /** Between the same two fixes once per second for up to a minute: hypot is worth computing once. */
    private double distance(Fix from, Fix to) {
        if (from != distanceFrom || to != distanceTo) {
            distanceFrom = from;
            distanceTo = to;
            fixDistance = Math.hypot(to.x() - from.x(), to.y() - from.y());
        }
        return fixDistance;
    }

    @Override
    public long lagMillis() {
        return burstMillis + smoothingLagMillis;
    }

    private void closeBurst() {
        for (int i = 0; i < burstSize; i++) {
            framesPerSensor[burstSensors[i]] = 0;
        }
        RadioMapLocator.Evidence e = locator.locate(burstSensors, burstRssi, burstSize, burstFrames);
        long t = burstStart;
        int count = burstSize;
        int frames = burstFrames;
        burstSize = 0;
        burstFrames = 0;
        if (e.size() == 0) {
            return;
        }
        int best = updateBelief(e, t);
        double mx = e.meanX(best);
        double my = e.meanY(best);
        double r = Math.max(MIN_MEASUREMENT_VARIANCE, e.variance(best) / 2);
        int bestZone = e.zone(best);
        boolean moved = bestZone != zone;
        if (!moved) {
            double p = variance + walkVariance * (t - filterTime) / 1000.0;
            double innovation2 = (mx - x) * (mx - x) + (my - y) * (my - y);
            // Browsing: the shopper walked to another shelf; adding the new burst to the old stop would put them between.
            moved = innovation2 > JUMP_SIGMAS * JUMP_SIGMAS * 2 * (p + r) || !stay.add(locator, burstSensors, burstRssi, count, frames);
        }
        if (moved) {
            zone = bestZone;
            stay.restart(locator, zone, burstSensors, burstRssi, count, frames);
            stayId++;
        }
        if (stay.isEmpty()) {
            x = mx;
            y = my;
            variance = r;
        } else {
            double quantization = locator.map().cellSize() * locator.map().cellSize() / 6;
            x = stay.meanX();
            y = stay.meanY();
            variance = Math.max(MIN_STAY_VARIANCE, (stay.variance() + quantization) / 2);
        }
        filterTime = t;
        fixes.addLast(new Fix(t, x, y, Math.sqrt(2 * variance), zone, stayId));
    }

    /** Folds a burst's zone evidence into the belief; returns the evidence slot of the most likely zone. */
    private int updateBelief(RadioMapLocator.Evidence e, long t) {
        double stay = lastBurst == Long.MIN_VALUE ? 0 : Math.exp(-(t - lastBurst) / zoneStayMillis);
        lastBurst = t;
        RadioMap map = locator.map();
        double total = 0;
        double cellsTotal = 0;
        for (int i = 0; i < e.size(); i++) {
            cellsTotal += map.zoneCells(e.zone(i));
        }
        double[] posterior = new double[e.size()];
        for (int i = 0; i < e.size(); i++) {
            int z = e.zone(i);
            double cells = map.zoneCells(z);
            double prior = stay * previousBelief(z) + (1 - stay) * cells / cellsTotal;
            posterior[i] = prior * e.mass(i) / cells;
            total += posterior[i];
        }
        int best = 0;
        int kept = 0;
        int[] zones = new int[e.size()];
        double[] probs = new double[e.size()];
        for (int i = 0; i < e.size(); i++) {
            if (posterior[i] > posterior[best]) {
                best = i;
            }
            double p = total > 0 ? posterior[i] / total : 1.0 / e.size();
            if (p >= MIN_BELIEF) {
                zones[kept] = e.zone(i);
                probs[kept] = p;
                kept++;
            }
        }
        beliefZones = Arrays.copyOf(zones, kept);
        beliefProbs = Arrays.copyOf(probs, kept);
        return best;
    }

    private double previousBelief(int z) {
        for (int i = 0; i < beliefZones.length; i++) {
            if (beliefZones[i] == z) {
                return beliefProbs[i];
            }
        }
        return 0;
    }
}
