package io.footfall.canvas.skin;

import io.footfall.canvas.model.GraphNode;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import javafx.scene.paint.Color;

/** The palette of the pipeline layer: one accent per kind of stage, chosen to read over a pale floorplan. */
public final class StageColors {
    public static final Color BODY = Color.web("#263238");
    public static final Color BODY_BORDER = Color.web("#11181c");
    public static final Color SELECTED = Color.web("#29b6f6");
    public static final Color TEXT = Color.web("#eceff1");
    public static final Color SUBTEXT = Color.web("#b0bec5");
    public static final Color EDGE = Color.web("#37474f");
    public static final Color ACCEPT = Color.web("#43a047");
    public static final Color REFUSE = Color.web("#e53935");
    public static final Color WARNING = Color.web("#ffb300");
    public static final Color EVENT = Color.web("#ab47bc");
    /** Behind a compact node's name: the box's colour, a little see-through so the plan shows. */
    public static final Color MARKER_BACKGROUND = Color.web("#263238", 0.85);

    private StageColors() {
    }

    public static Color accentFor(GraphNode node) {
        return node.definition().map(StageColors::accentFor).orElse(Color.web("#757575"));
    }

    /** Analytics, network and Spark stages get their own colours whatever their kind; others go by kind. */
    public static Color accentFor(StageDefinition definition) {
        String category = definition.category() == null ? "" : definition.category().toLowerCase(java.util.Locale.ROOT);
        return switch (category) {
            case "analytics" -> Color.web("#8e24aa");
            case "network" -> Color.web("#00838f");
            case "spark" -> Color.web("#d84315");
            default -> accentFor(definition.kind());
        };
    }

    public static Color accentFor(StageKind kind) {
        return switch (kind) {
            case ORIGIN -> Color.web("#2e7d32");
            case PROCESSOR -> Color.web("#1565c0");
            case DESTINATION -> Color.web("#ef6c00");
            case EXECUTOR -> Color.web("#546e7a");
        };
    }
}
