package io.footfall.runtime.floorplan;

import java.util.List;

/**
 * Finds the zone containing a point through a uniform grid over the zones' bounding boxes: a lookup
 * tests only the few polygons listed in one cell. A point on the edge shared by two zones belongs to
 * the first of them in file order whose inside contains it; a point in no zone gives {@code null}.
 */
public final class ZoneIndex {
    private final List<Zone> zones;
    private final UniformGrid grid;
    /** Vertex coordinates per zone as flat arrays: lookups run per person and second. */
    private final double[][] xs;
    private final double[][] ys;

    public ZoneIndex(Floorplan plan) {
        this.zones = plan.zones();
        Bounds area = new Bounds(0, 0, plan.width(), plan.height());
        this.grid = new UniformGrid(area, UniformGrid.suggestedCellSize(area, zones.size()),
                zones.stream().map(Zone::bounds).toList());
        xs = zones.stream().map(z -> z.polygon().stream().mapToDouble(Point::x).toArray()).toArray(double[][]::new);
        ys = zones.stream().map(z -> z.polygon().stream().mapToDouble(Point::y).toArray()).toArray(double[][]::new);
    }

    private boolean inside(int zone, double x, double y) {
        double[] px = xs[zone];
        double[] py = ys[zone];
        boolean inside = false;
        for (int i = 0, j = px.length - 1; i < px.length; j = i++) {
            if ((py[i] > y) != (py[j] > y) && x < (px[j] - px[i]) * (y - py[i]) / (py[j] - py[i]) + px[i]) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** The zone at (x, y), or {@code null} when the point is outside every zone. */
    public Zone zoneAt(double x, double y) {
        int[] candidates = grid.itemsAt(x, y);
        for (int i : candidates) {
            if (inside(i, x, y)) {
                return zones.get(i);
            }
        }
        for (int i : candidates) {
            if (Geometry.distanceToBoundary(zones.get(i).polygon(), x, y) <= Geometry.EPSILON) {
                return zones.get(i);
            }
        }
        return null;
    }

    public Zone zoneAt(Point p) {
        return zoneAt(p.x(), p.y());
    }
}
