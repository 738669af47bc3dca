package io.footfall.simulator;

import io.footfall.runtime.floorplan.Point;
import java.util.Arrays;

/**
 * Where one person is over time: waypoints joined by straight, constant-speed moves (a pause is two
 * waypoints at the same place). Immutable; {@link #positionAt} interpolates.
 */
public final class Track {
    private final double[] times;
    private final double[] xs;
    private final double[] ys;

    Track(double[] times, double[] xs, double[] ys) {
        this.times = times;
        this.xs = xs;
        this.ys = ys;
    }

    public long startMs() {
        return (long) Math.ceil(times[0]);
    }

    public long endMs() {
        return (long) Math.floor(times[times.length - 1]);
    }

    public int waypointCount() {
        return times.length;
    }

    public Point waypoint(int i) {
        return new Point(xs[i], ys[i]);
    }

    public double waypointTime(int i) {
        return times[i];
    }

    /** Writes x and y at {@code epochMs} (clamped to the track's span) into {@code out[0..1]}. */
    public void positionAt(double epochMs, double[] out) {
        if (epochMs <= times[0]) {
            out[0] = xs[0];
            out[1] = ys[0];
            return;
        }
        int last = times.length - 1;
        if (epochMs >= times[last]) {
            out[0] = xs[last];
            out[1] = ys[last];
            return;
        }
        int i = Arrays.binarySearch(times, epochMs);
        if (i >= 0) {
            // Several waypoints can share a time (zero-length moves); take the last.
            while (i < last && times[i + 1] == epochMs) {
                i++;
            }
            out[0] = xs[i];
            out[1] = ys[i];
            return;
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double f = (epochMs - times[lo]) / (times[hi] - times[lo]);
        out[0] = xs[lo] + (xs[hi] - xs[lo]) * f;
        out[1] = ys[lo] + (ys[hi] - ys[lo]) * f;
    }

    public Point positionAt(double epochMs) {
        double[] out = new double[2];
        positionAt(epochMs, out);
        return new Point(out[0], out[1]);
    }

    /** The same walk started {@code offsetMs} later (a group member following the leader). */
    public Track delayed(double offsetMs) {
        double[] shifted = times.clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] += offsetMs;
        }
        return new Track(shifted, xs, ys);
    }
}
