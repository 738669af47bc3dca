package io.footfall.runtime.floorplan;

import java.util.List;
import java.util.Objects;

/**
 * An area of the mall. {@code entrances} are the doors through which people walk in and out; they
 * lie on (or within a meter of) the polygon's boundary.
 */
public record Zone(String id, String name, ZoneKind kind, List<Point> polygon, List<Point> entrances) {

    public Zone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        polygon = List.copyOf(polygon);
        entrances = List.copyOf(entrances);
    }

    /** True when the point is inside the polygon or on its boundary. */
    public boolean contains(double x, double y) {
        return Geometry.containsOrTouches(polygon, x, y);
    }

    public double area() {
        return Math.abs(Geometry.signedArea(polygon));
    }

    public Bounds bounds() {
        return Bounds.of(polygon);
    }
}
