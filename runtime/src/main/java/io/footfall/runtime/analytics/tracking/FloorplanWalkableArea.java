package io.footfall.runtime.analytics.tracking;

import io.footfall.runtime.analytics.positioning.WalkableArea;
import io.footfall.runtime.floorplan.FloorplanGeometry;
import io.footfall.runtime.floorplan.Zone;
import io.footfall.runtime.floorplan.ZoneKind;

/**
 * A floorplan as positioning's walkable area: inside any zone where shoppers go (not service corridors,
 * which are behind the shops and would otherwise attract estimates between two rows of stores).
 */
public final class FloorplanWalkableArea implements WalkableArea {
    private final FloorplanGeometry geometry;

    public FloorplanWalkableArea(FloorplanGeometry geometry) {
        this.geometry = geometry;
    }

    @Override
    public double minX() {
        return 0;
    }

    @Override
    public double minY() {
        return 0;
    }

    @Override
    public double maxX() {
        return geometry.plan().width();
    }

    @Override
    public double maxY() {
        return geometry.plan().height();
    }

    @Override
    public boolean walkable(double x, double y) {
        Zone z = geometry.zoneAt(x, y);
        return z != null && z.kind() != ZoneKind.SERVICE;
    }
}
