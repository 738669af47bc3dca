package io.footfall.runtime.floorplan;

/** A position on the floorplan in meters: origin at the top-left corner, x to the right, y downward. */
public record Point(double x, double y) {

    public double distanceTo(Point other) {
        return Math.hypot(other.x - x, other.y - y);
    }

    @Override
    public String toString() {
        return "[" + Geometry.formatNumber(x) + "," + Geometry.formatNumber(y) + "]";
    }
}
