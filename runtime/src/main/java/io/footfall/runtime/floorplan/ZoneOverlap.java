package io.footfall.runtime.floorplan;

import java.util.List;

/**
 * Whether two simple polygons share interior area. Sharing an edge or a corner (neighbouring stores)
 * is not an overlap. Checks proper edge crossings, then probe points (vertices, edge midpoints,
 * centroid) of each polygon strictly inside the other; together these catch containment, identical
 * polygons and partial overlaps whose edges only touch.
 */
final class ZoneOverlap {
    private ZoneOverlap() {
    }

    static boolean overlaps(List<Point> a, List<Point> b) {
        int na = a.size();
        int nb = b.size();
        for (int i = 0; i < na; i++) {
            Point a1 = a.get(i);
            Point a2 = a.get((i + 1) % na);
            for (int j = 0; j < nb; j++) {
                Point b1 = b.get(j);
                Point b2 = b.get((j + 1) % nb);
                if (Geometry.segmentsCrossProperly(a1.x(), a1.y(), a2.x(), a2.y(), b1.x(), b1.y(), b2.x(), b2.y())) {
                    return true;
                }
            }
        }
        return probeInside(a, b) || probeInside(b, a);
    }

    private static boolean probeInside(List<Point> probes, List<Point> polygon) {
        int n = probes.size();
        for (int i = 0; i < n; i++) {
            Point p = probes.get(i);
            Point q = probes.get((i + 1) % n);
            if (Geometry.containsStrictly(polygon, p.x(), p.y())
                    || Geometry.containsStrictly(polygon, (p.x() + q.x()) / 2, (p.y() + q.y()) / 2)) {
                return true;
            }
        }
        Point c = Geometry.centroid(probes);
        return Geometry.containsStrictly(probes, c.x(), c.y()) && Geometry.containsStrictly(polygon, c.x(), c.y());
    }
}
