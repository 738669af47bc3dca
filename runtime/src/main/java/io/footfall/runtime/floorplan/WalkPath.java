package io.footfall.runtime.floorplan;

import java.util.List;

/** A walkable route as a polyline, from its first point to its last, with its length in meters. */
public record WalkPath(List<Point> points, double length) {

    public WalkPath {
        points = List.copyOf(points);
    }

    public Point start() {
        return points.get(0);
    }

    public Point end() {
        return points.get(points.size() - 1);
    }
}
