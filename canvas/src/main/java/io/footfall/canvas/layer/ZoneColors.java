package io.footfall.canvas.layer;

import io.footfall.runtime.floorplan.ZoneKind;
import javafx.scene.paint.Color;

/** Fill and outline per kind of zone: pale, so the heatmap and the pipeline read on top of them. */
public final class ZoneColors {
    private ZoneColors() {
    }

    public static Color fill(ZoneKind kind) {
        return switch (kind) {
            case STORE -> Color.web("#f3e5cf");
            case CORRIDOR -> Color.web("#eef1f3");
            case FOODCOURT -> Color.web("#ffe0b2");
            case ENTRANCE -> Color.web("#dcedc8");
            case SERVICE -> Color.web("#d7d7d7");
        };
    }

    public static Color outline(ZoneKind kind) {
        return fill(kind).deriveColor(0, 1.2, 0.7, 1);
    }
}
