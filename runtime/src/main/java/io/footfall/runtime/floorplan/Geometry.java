package io.footfall.runtime.floorplan;

import java.util.List;

/** Plane geometry on floorplan coordinates; tolerances are in meters. */
public final class Geometry {
    /** Points closer than this to a boundary are on it (floorplans are drawn to the centimeter at best). */
    public static final double EPSILON = 1e-6;

    private Geometry() {
    }

    public static double signedArea(List<Point> polygon) {
        double sum = 0;
        int n = polygon.size();
        for (int i = 0; i < n; i++) {
            Point a = polygon.get(i);
            Point b = polygon.get((i + 1) % n);
            sum += a.x() * b.y() - b.x() * a.y();
        }
        return sum / 2;
    }

    /** Area-weighted centroid; the vertex average for degenerate polygons. */
    public static Point centroid(List<Point> polygon) {
        double area = signedArea(polygon);
        if (Math.abs(area) < EPSILON) {
            double sx = 0;
            double sy = 0;
            for (Point p : polygon) {
                sx += p.x();
                sy += p.y();
            }
            return new Point(sx / polygon.size(), sy / polygon.size());
        }
        double cx = 0;
        double cy = 0;
        int n = polygon.size();
        for (int i = 0; i < n; i++) {
            Point a = polygon.get(i);
            Point b = polygon.get((i + 1) % n);
            double cross = a.x() * b.y() - b.x() * a.y();
            cx += (a.x() + b.x()) * cross;
            cy += (a.y() + b.y()) * cross;
        }
        return new Point(cx / (6 * area), cy / (6 * area));
    }

    /** Inside or on the boundary. */
    public static boolean containsOrTouches(List<Point> polygon, double x, double y) {
        return distanceToBoundary(polygon, x, y) <= EPSILON || insideByRayCast(polygon, x, y);
    }

    /** Inside and farther than {@link #EPSILON} from the boundary. */
    public static boolean containsStrictly(List<Point> polygon, double x, double y) {
        return insideByRayCast(polygon, x, y) && distanceToBoundary(polygon, x, y) > EPSILON;
    }

    static boolean insideByRayCast(List<Point> polygon, double x, double y) {
        boolean inside = false;
        int n = polygon.size();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            Point a = polygon.get(i);
            Point b = polygon.get(j);
            if ((a.y() > y) != (b.y() > y)
                    && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x()) {
                inside = !inside;
            }
        }
        return inside;
    }

    public static double distanceToBoundary(List<Point> polygon, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        int n = polygon.size();
        for (int i = 0; i < n; i++) {
            Point a = polygon.get(i);
            Point b = polygon.get((i + 1) % n);
            best = Math.min(best, distanceToSegment(x, y, a.x(), a.y(), b.x(), b.y()));
        }
        return best;
    }

    public static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2;
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    private static double cross(double ax, double ay, double bx, double by, double cx, double cy) {
        return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    }

    private static int orientation(double ax, double ay, double bx, double by, double cx, double cy) {
        double c = cross(ax, ay, bx, by, cx, cy);
        return Math.abs(c) < 1e-9 ? 0 : (c > 0 ? 1 : -1);
    }

    /** The segments share at least one point (touching and collinear overlap count). */
    public static boolean segmentsIntersect(double ax, double ay, double bx, double by,
                                            double cx, double cy, double dx, double dy) {
        // Cheap rejection first: most wall candidates of a radio query are nowhere near the line.
        if (Math.max(ax, bx) < Math.min(cx, dx) - 1e-9 || Math.max(cx, dx) < Math.min(ax, bx) - 1e-9
                || Math.max(ay, by) < Math.min(cy, dy) - 1e-9 || Math.max(cy, dy) < Math.min(ay, by) - 1e-9) {
            return false;
        }
        int o1 = orientation(ax, ay, bx, by, cx, cy);
        int o2 = orientation(ax, ay, bx, by, dx, dy);
        int o3 = orientation(cx, cy, dx, dy, ax, ay);
        int o4 = orientation(cx, cy, dx, dy, bx, by);
        if (o1 != o2 && o3 != o4) {
            return true;
        }
        return (o1 == 0 && onSegment(ax, ay, bx, by, cx, cy))
                || (o2 == 0 && onSegment(ax, ay, bx, by, dx, dy))
                || (o3 == 0 && onSegment(cx, cy, dx, dy, ax, ay))
                || (o4 == 0 && onSegment(cx, cy, dx, dy, bx, by));
    }

    /** The segments cross at a single point interior to both (touching and collinear overlap do not count). */
    public static boolean segmentsCrossProperly(double ax, double ay, double bx, double by,
                                                double cx, double cy, double dx, double dy) {
        int o1 = orientation(ax, ay, bx, by, cx, cy);
        int o2 = orientation(ax, ay, bx, by, dx, dy);
        int o3 = orientation(cx, cy, dx, dy, ax, ay);
        int o4 = orientation(cx, cy, dx, dy, bx, by);
        return o1 * o2 < 0 && o3 * o4 < 0;
    }

    private static boolean onSegment(double ax, double ay, double bx, double by, double px, double py) {
        return Math.min(ax, bx) - 1e-9 <= px && px <= Math.max(ax, bx) + 1e-9
                && Math.min(ay, by) - 1e-9 <= py && py <= Math.max(ay, by) + 1e-9;
    }

    /** A number as a floorplan file writes it: integers without a fraction. */
    static String formatNumber(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
