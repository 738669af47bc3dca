package io.footfall.simulator;

import io.footfall.runtime.floorplan.Point;
import io.footfall.runtime.floorplan.WalkPath;

/** Appends moves and pauses to a track under construction. */
final class TrackBuilder {
    private double[] times = new double[32];
    private double[] xs = new double[32];
    private double[] ys = new double[32];
    private int size;

    TrackBuilder(double startMs, Point start) {
        add(startMs, start.x(), start.y());
    }

    double now() {
        return times[size - 1];
    }

    Point here() {
        return new Point(xs[size - 1], ys[size - 1]);
    }

    void walkTo(Point p, double speedMps) {
        double d = Math.hypot(p.x() - xs[size - 1], p.y() - ys[size - 1]);
        add(now() + d / speedMps * 1000.0, p.x(), p.y());
    }

    /** Walks a path that starts where the track is now. */
    void walk(WalkPath path, double speedMps) {
        for (int i = 1; i < path.points().size(); i++) {
            walkTo(path.points().get(i), speedMps);
        }
    }

    void stay(double ms) {
        add(now() + ms, xs[size - 1], ys[size - 1]);
    }

    private void add(double t, double x, double y) {
        if (size == times.length) {
            times = java.util.Arrays.copyOf(times, size * 2);
            xs = java.util.Arrays.copyOf(xs, size * 2);
            ys = java.util.Arrays.copyOf(ys, size * 2);
        }
        times[size] = t;
        xs[size] = x;
        ys[size] = y;
        size++;
    }

    Track build() {
        return new Track(java.util.Arrays.copyOf(times, size), java.util.Arrays.copyOf(xs, size), java.util.Arrays.copyOf(ys, size));
    }
}
