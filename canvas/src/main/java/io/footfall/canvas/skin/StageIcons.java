package io.footfall.canvas.skin;

import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * Line glyphs for the icon names stage definitions use ({@code StageDefinition.icon()}), drawn as
 * stroked vector paths in a 24 × 24 box so they stay sharp at every zoom. Unknown names get a neutral square.
 */
public final class StageIcons {
    private static final String CIRCLE = "a3 3 0 1 0 6 0a3 3 0 1 0 -6 0";
    private static final Map<String, String> PATHS = Map.ofEntries(
            Map.entry("wifi", "M2 9.5c5.5-5 14.5-5 20 0 M5.5 13c3.5-3 9.5-3 13 0 M9 16.5c1.7-1.4 4.3-1.4 6 0 M11 20h2"),
            Map.entry("ble", "M7 7l10 10-5 5V2l5 5L7 17"),
            Map.entry("sensor", "M2 9.5c5.5-5 14.5-5 20 0 M5.5 13c3.5-3 9.5-3 13 0 M9 16.5c1.7-1.4 4.3-1.4 6 0 M11 20h2"),
            Map.entry("file", "M6 2h8l4 4v16H6z M14 2v4h4 M9 12h6 M9 16h6"),
            Map.entry("json", "M9 4c-3 0-3 2-3 4s-1 4-3 4c2 0 3 2 3 4s0 4 3 4 M15 4c3 0 3 2 3 4s1 4 3 4c-2 0-3 2-3 4s0 4-3 4"),
            Map.entry("csv", "M3 5h18v14H3z M3 10h18 M3 15h18 M9 5v14 M15 5v14"),
            Map.entry("filter", "M3 4h18l-7 8v7l-4 2v-9z"),
            Map.entry("selector", "M3 12h6 M9 12l9-7 M9 12l9 7 M9 12h9 M15 3l3 2-2 3 M15 21l3-2-2-3"),
            Map.entry("setter", "M4 20l4-1 11-11-3-3L5 16z M14 7l3 3"),
            Map.entry("rename", "M3 6h10 M8 6v13 M14 11h7 M17.5 11v8"),
            Map.entry("remove", "M5 7h14 M9 7V4h6v3 M7 7l1 13h8l1-13 M10 11v6 M14 11v6"),
            Map.entry("trash", "M5 7h14 M9 7V4h6v3 M7 7l1 13h8l1-13"),
            Map.entry("error", "M12 3L2 21h20z M12 10v5 M12 18v0.5"),
            Map.entry("generator", "M12 2v5 M12 17v5 M2 12h5 M17 12h5 M5 5l3.5 3.5 M15.5 15.5L19 19 M19 5l-3.5 3.5 M8.5 15.5L5 19"),
            Map.entry("simulator", "M9 5" + CIRCLE + " M12 8v7 M7 11h10 M12 15l-4 6 M12 15l4 6"),
            Map.entry("person", "M9 5" + CIRCLE + " M12 8v7 M7 11h10 M12 15l-4 6 M12 15l4 6"),
            Map.entry("chart", "M4 20V4 M4 20h16 M8 16v-5 M12 16V8 M16 16v-8"),
            Map.entry("heatmap", "M9 12" + CIRCLE + " M5 12a7 7 0 1 0 14 0a7 7 0 1 0 -14 0"),
            Map.entry("clock", "M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0 M12 7v5l3 3"),
            Map.entry("route", "M4 19c5 0 4-14 8-14s3 14 8 14 M4 19h0.5 M20 19h0.5"),
            Map.entry("position", "M12 22s-7-7-7-12a7 7 0 0 1 14 0c0 5-7 12-7 12z M9 10" + CIRCLE),
            Map.entry("zone", "M3 4h8v7H3z M13 4h8v16h-8z M3 13h8v7H3z"),
            Map.entry("spark", "M13 2L4 14h7l-1 8 9-12h-7z"),
            Map.entry("mqtt", "M4 4a16 16 0 0 1 16 16 M4 10a10 10 0 0 1 10 10 M4 16a4 4 0 0 1 4 4"),
            Map.entry("network", "M4 4a16 16 0 0 1 16 16 M4 10a10 10 0 0 1 10 10 M4 16a4 4 0 0 1 4 4"),
            Map.entry("udp", "M3 8h15l-4-4 M21 16H6l4 4"),
            Map.entry("database", "M5 6c0-3 14-3 14 0v12c0 3-14 3-14 0z M5 6c0 3 14 3 14 0 M5 12c0 3 14 3 14 0"),
            Map.entry("script", "M8 7l-5 5 5 5 M16 7l5 5-5 5 M14 4l-4 16"),
            Map.entry("alert", "M12 3L2 21h20z M12 10v5 M12 18v0.5"),
            Map.entry("dice", "M4 4h16v16H4z M8.5 8.5h0.1 M15.5 15.5h0.1 M12 12h0.1 M15.5 8.5h0.1 M8.5 15.5h0.1"),
            Map.entry("edit", "M4 20l4-1 11-11-3-3L5 16z M14 7l3 3"),
            Map.entry("eraser", "M16 3l5 5-11 11H5l-2-2z M11 8l5 5 M10 19h10"),
            Map.entry("fork", "M6 3v6c0 3 6 3 6 6v6 M18 3v6c0 3-6 3-6 6"),
            Map.entry("check", "M4 12l5 5L20 6"),
            Map.entry("shield", "M12 2l8 3v6c0 5-3.5 9-8 11-4.5-2-8-6-8-11V5z"),
            Map.entry("link", "M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1 M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"),
            Map.entry("crosshair", "M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0 M12 1v6 M12 17v6 M1 12h6 M17 12h6"),
            Map.entry("flow", "M3 7h13l-3-3 M16 7l-3 3 M21 17H8l3-3 M8 17l3 3"),
            Map.entry("table", "M3 5h18v14H3z M3 10h18 M3 15h18 M9 5v14"),
            Map.entry("people", "M5 6a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0 M14 6a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0 M3 20v-5a4.5 4.5 0 0 1 9 0v5 M12 20v-5a4.5 4.5 0 0 1 9 0v5"),
            Map.entry("door", "M5 21V3h12v18 M3 21h18 M14 12h0.1"),
            Map.entry("unknown", "M9 9a3 3 0 1 1 4 2.8c-1 .4-1 1.2-1 2.2 M12 18v0.5"),
            Map.entry("stage", "M4 4h16v16H4z"));

    private StageIcons() {
    }

    public static boolean has(String name) {
        return PATHS.containsKey(name);
    }

    /** The glyph for an icon name, {@code size} units square. */
    public static Node create(String name, double size, Paint stroke) {
        SVGPath path = new SVGPath();
        path.setContent(PATHS.getOrDefault(name, PATHS.get("stage")));
        path.setFill(Color.TRANSPARENT);
        path.setStroke(stroke);
        path.setStrokeWidth(2);
        path.setStrokeLineCap(StrokeLineCap.ROUND);
        path.setStrokeLineJoin(StrokeLineJoin.ROUND);
        // Scaling a Group with its content at (0..24) keeps the top-left corner at the group's origin.
        Group box = new Group(path);
        box.getTransforms().add(new javafx.scene.transform.Scale(size / 24, size / 24));
        box.setMouseTransparent(true);
        return new Group(box);
    }
}
