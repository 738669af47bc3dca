package io.footfall.runtime.analytics.tracking;

import io.footfall.runtime.analytics.positioning.DevicePositioner;
import io.footfall.runtime.analytics.positioning.PositionEstimate;
import java.util.Arrays;

/**
 * One device in the positioning stage: its positioner, when it was heard, and the work queued for it in the
 * current batch. The stage's thread decides, in stream order, what each device is to do (observe a reading,
 * estimate a tick); {@link #runQueued} then does it on whichever worker owns the device, in that order, and
 * keeps the estimates for the stage's thread to emit. A device touches only its own state (and its worker's
 * locator), so its results do not depend on which worker ran it or on what the others did meanwhile.
 */
final class DeviceState {
    /** A queued estimate's sensor slot: not a reading. */
    private static final int ESTIMATE = -1;

    final String id;
    final DevicePositioner tracker;
    /** Positioned only to be paired with a WiFi identity (BLE when pairing): its estimates are not smoothed. */
    final boolean pairOnly;
    /** The worker that runs this device's queue, fixed for the device's life. */
    final int worker;
    long firstHeard;
    long lastHeard;
    /** {@code instance::device@}: its positions' source ids are this plus the tick, built only when asked for. */
    String sourcePrefix;
    private PositionEstimate last;
    private PositionSmoother smoother;

    private long[] queuedTs = new long[8];
    private int[] queuedSensor = new int[8];
    private int[] queuedRssi = new int[8];
    private int queued;
    private PositionEstimate[] results = new PositionEstimate[4];
    private int resultCount;
    private int resultRead;

    DeviceState(String id, DevicePositioner tracker, boolean pairOnly, int worker, long ts) {
        this.id = id;
        this.tracker = tracker;
        this.pairOnly = pairOnly;
        this.worker = worker;
        this.firstHeard = ts;
        this.lastHeard = ts;
    }

    /** Queues a reading; true when it is the first work queued for this device in the batch. */
    boolean queueObserve(long ts, int sensor, int rssi) {
        return queue(ts, sensor, rssi);
    }

    /** Queues the estimate for {@code tick}; true when it is the first work queued in the batch. */
    boolean queueEstimate(long tick) {
        return queue(tick, ESTIMATE, 0);
    }

    private boolean queue(long ts, int sensor, int rssi) {
        if (queued == queuedTs.length) {
            int n = queued * 2;
            queuedTs = Arrays.copyOf(queuedTs, n);
            queuedSensor = Arrays.copyOf(queuedSensor, n);
            queuedRssi = Arrays.copyOf(queuedRssi, n);
        }
        queuedTs[queued] = ts;
        queuedSensor[queued] = sensor;
        queuedRssi[queued] = rssi;
        return queued++ == 0;
    }

    /**
     * Does the queued work in order; the estimates are kept for {@link #nextEstimate}. With {@code walkVariance}
     * above 0 a device's (not a pair-only one's) estimates are smoothed; otherwise its last estimate is held
     * between bursts.
     */
    void runQueued(double walkVariance) {
        if (resultCount < results.length) {
            Arrays.fill(results, resultCount, results.length, null);
        }
        resultCount = 0;
        resultRead = 0;
        for (int i = 0; i < queued; i++) {
            if (queuedSensor[i] != ESTIMATE) {
                tracker.observe(queuedTs[i], queuedSensor[i], queuedRssi[i]);
                continue;
            }
            PositionEstimate p = estimate(queuedTs[i], walkVariance);
            if (resultCount == results.length) {
                results = Arrays.copyOf(results, resultCount * 2);
            }
            results[resultCount++] = p;
        }
        queued = 0;
    }

    /** The next estimate {@link #runQueued} made, in the order they were queued; null when there was none. */
    PositionEstimate nextEstimate() {
        if (resultRead >= resultCount) {
            throw new IllegalStateException("no estimate of device " + id + " left to emit");
        }
        PositionEstimate p = results[resultRead];
        results[resultRead++] = null;
        return p;
    }

    private PositionEstimate estimate(long tick, double walkVariance) {
        PositionEstimate p = tracker.estimate(tick);
        if (pairOnly) {
            return p;
        }
        if (walkVariance > 0) {
            if (smoother == null) {
                smoother = new PositionSmoother(walkVariance);
            }
            double[] q = p != null ? smoother.update(tick, p.x(), p.y(), p.uncertainty())
                    : smoother.started() ? smoother.hold(tick) : null;
            return q == null ? null : new PositionEstimate(tick, q[0], q[1], q[2]);
        }
        if (p != null) {
            last = p;
        } else if (last != null) {
            // Between sparse WiFi probe bursts: the device is still there, most likely near where it was.
            p = last;
        }
        return p;
    }
}
