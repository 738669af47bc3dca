package io.footfall.runtime.analytics.data;

import io.footfall.runtime.analytics.positioning.SensorLayout;
import io.footfall.runtime.analytics.positioning.SensorPosition;
import io.footfall.runtime.analytics.positioning.WalkableArea;
import java.util.List;

/** The Boğaziçi room as positioning sees it: receivers by alias (with their heights) and the room rectangle. */
public final class BogaziciSite {

    private BogaziciSite() {
    }

    public static SensorLayout layout(BogaziciDataset dataset) {
        List<SensorPosition> sensors = dataset.receivers().stream()
                .map(r -> new SensorPosition(r.alias(), r.x(), r.y(), r.z()))
                .toList();
        return new SensorLayout(sensors);
    }

    /** The bare room rectangle: all of it walkable. */
    public static WalkableArea room(BogaziciDataset dataset) {
        return WalkableArea.rectangle(0, 0, dataset.roomWidth(), dataset.roomHeight());
    }

    /** The room with its furniture marked not walkable (what a floorplan with fixtures gives a mall). */
    public static WalkableArea aisles(BogaziciDataset dataset) {
        BogaziciOccupancy occupancy = dataset.occupancy();
        if (occupancy == null) {
            return room(dataset);
        }
        WalkableArea room = room(dataset);
        return new WalkableArea() {
            @Override
            public double minX() {
                return room.minX();
            }

            @Override
            public double minY() {
                return room.minY();
            }

            @Override
            public double maxX() {
                return room.maxX();
            }

            @Override
            public double maxY() {
                return room.maxY();
            }

            @Override
            public boolean walkable(double x, double y) {
                return !occupancy.blockedAt(x, y);
            }
        };
    }
}
