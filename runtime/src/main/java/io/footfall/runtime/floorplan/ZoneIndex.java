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

    public ZoneIndex(Floorplan plan) {
        this.zones = plan.zones();
        Bounds area = new Bounds(0, 0, plan.width(), plan.height());
        this.grid = new UniformGrid(area, UniformGrid.suggestedCellSize(area, zones.size()),
                zones.stream().map(Zone::bounds).toList());
    }

    /** The zone at (x, y), or {@code null} when the point is outside every zone. */
    public Zone zoneAt(double x, double y) {
        int[] candidates = grid.itemsAt(x, y);
        for (int i : candidates) {
            if (Geometry.insideByRayCast(zones.get(i).polygon(), x, y)) {
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
