package io.footfall.app.ui;

import io.footfall.runtime.api.StageDefinition;
import java.util.Locale;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** One icon set (Material 2 through Ikonli) for menus, toolbars and stage types, so everything looks alike. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("footfall-icon");
        return icon;
    }

    /**
     * The icon of a stage type: the canvas's own glyph for its icon name, so palette and canvas nodes look
     * alike; a Material icon for names the canvas does not draw.
     */
    public static javafx.scene.Node forStage(StageDefinition type) {
        if (type.icon() != null && io.footfall.canvas.skin.StageIcons.has(type.icon())) {
            return io.footfall.canvas.skin.StageIcons.create(type.icon(), 16,
                    io.footfall.canvas.skin.StageColors.accentFor(type.kind()));
        }
        return of(stageIkon(type.icon(), type));
    }

    static Ikon stageIkon(String name, StageDefinition type) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return switch (n) {
            case "file", "file-origin" -> Material2AL.INSERT_DRIVE_FILE;
            case "folder" -> Material2AL.FOLDER_OPEN;
            case "generator", "dice", "random" -> Material2MZ.SHUFFLE;
            case "simulator", "simulation", "people", "shoppers" -> Material2AL.DIRECTIONS_WALK;
            case "json", "parser", "parse", "code" -> Material2AL.CODE;
            case "csv", "table" -> Material2AL.FORMAT_LIST_BULLETED;
            case "setter", "field", "edit", "fields" -> Material2AL.EDIT;
            case "rename", "label" -> Material2AL.LABEL;
            case "remove", "delete", "trash" -> Material2AL.DELETE;
            case "filter" -> Material2AL.FILTER_ALT;
            case "selector", "router", "route", "split" -> Material2AL.CALL_SPLIT;
            case "error", "errors", "error-file" -> Material2AL.ERROR_OUTLINE;
            case "wifi" -> Material2MZ.WIFI;
            case "ble", "bluetooth" -> Material2AL.BLUETOOTH;
            case "mqtt", "network", "broker", "udp", "tcp", "http", "websocket" -> Material2MZ.ROUTER;
            case "spark", "cluster" -> Material2AL.FLASH_ON;
            case "heatmap", "heat" -> Material2MZ.WHATSHOT;
            case "position", "positioning", "locate", "trilateration", "place" -> Material2MZ.PLACE;
            case "zone", "zones", "occupancy", "map" -> Material2MZ.MAP;
            case "dwell", "time", "clock", "window" -> Material2MZ.SCHEDULE;
            case "flow", "flows" -> Material2AL.DEVICE_HUB;
            case "stats", "chart", "analytics", "statistics" -> Material2AL.BAR_CHART;
            case "dedupe", "merge", "dedup" -> Material2MZ.MERGE_TYPE;
            case "sink", "live", "studio" -> Material2MZ.SHOW_CHART;
            default -> switch (type.kind()) {
                case ORIGIN -> Material2AL.INPUT;
                case PROCESSOR -> Material2MZ.TUNE;
                case DESTINATION -> Material2MZ.SAVE;
                case EXECUTOR -> Material2MZ.PLAY_ARROW;
            };
        };
    }
}
