package io.footfall.canvas.layer;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;

/**
 * Maps a value in [0, 1] to a colour through 256 precomputed premultiplied ARGB entries, so that
 * colouring a 24 000-cell grid is an array lookup per cell. Low values fade to transparent so the
 * floorplan stays visible where nobody is.
 */
public final class ColorRamp {
    private final List<Stop> stops;
    private final int[] premultipliedArgb = new int[256];

    public ColorRamp(List<Stop> stops) {
        this.stops = List.copyOf(stops);
        for (int i = 0; i < 256; i++) {
            premultipliedArgb[i] = premultiply(colorAt(i / 255.0));
        }
    }

    /** Transparent blue through cyan, green and yellow to red: the usual foot-traffic heat palette. */
    public static ColorRamp heat() {
        return new ColorRamp(List.of(
                new Stop(0.0, Color.rgb(30, 60, 255, 0.0)),
                new Stop(0.08, Color.rgb(30, 60, 255, 0.0)),
                new Stop(0.2, Color.rgb(30, 100, 255, 0.4)),
                new Stop(0.38, Color.rgb(0, 200, 220, 0.65)),
                new Stop(0.55, Color.rgb(60, 200, 60, 0.78)),
                new Stop(0.75, Color.rgb(255, 220, 0, 0.85)),
                new Stop(1.0, Color.rgb(230, 30, 20, 0.9))));
    }

    public Color colorAt(double t) {
        double v = Math.max(0, Math.min(1, t));
        for (int i = 1; i < stops.size(); i++) {
            Stop a = stops.get(i - 1);
            Stop b = stops.get(i);
            if (v <= b.getOffset()) {
                double f = (v - a.getOffset()) / Math.max(1e-9, b.getOffset() - a.getOffset());
                return a.getColor().interpolate(b.getColor(), f);
            }
        }
        return stops.get(stops.size() - 1).getColor();
    }

    /** The premultiplied ARGB colour for a value already scaled to 0..255. */
    public int argbAt(int index255) {
        return premultipliedArgb[index255];
    }

    int[] table() {
        return premultipliedArgb;
    }

    /** Left-to-right gradient for legends. */
    public LinearGradient gradient() {
        List<Stop> opaque = new ArrayList<>();
        for (Stop s : stops) {
            Color c = s.getColor();
            opaque.add(new Stop(s.getOffset(), new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.max(0.35, c.getOpacity()))));
        }
        return new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, opaque);
    }

    static int premultiply(Color c) {
        int a = (int) Math.round(c.getOpacity() * 255);
        int r = (int) Math.round(c.getRed() * c.getOpacity() * 255);
        int g = (int) Math.round(c.getGreen() * c.getOpacity() * 255);
        int b = (int) Math.round(c.getBlue() * c.getOpacity() * 255);
        return (a << 24) | (r << 16) | (g << 8) | b;
    }
}
