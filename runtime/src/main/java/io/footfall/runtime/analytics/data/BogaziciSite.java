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

    public static WalkableArea room(BogaziciDataset dataset) {
        return WalkableArea.rectangle(0, 0, dataset.roomWidth(), dataset.roomHeight());
    }
}
