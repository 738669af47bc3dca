package io.footfall.canvas.layer;

import io.footfall.canvas.skin.MarkerSide;
import io.footfall.canvas.skin.NodeSkin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;

/**
 * Finds room for the name markers of compact stages the way map apps label markers: each marker tries the places
 * of {@link MarkerSide} in turn and takes the first place that covers no box and no marker already
 * placed; a marker with no room is hidden (zooming in gives it room). Greedy, in the order of the boxes from
 * left to right, with a grid of screen cells so 500 stages take well under a millisecond.
 */
final class MarkerPlacer {
    private static final double GAP = 2;
    private static final double CELL = 64;
    private final Map<Long, List<double[]>> cells = new HashMap<>();

    /** Screen-pixel placement at {@code scale} of the markers of {@code skins}; skins without a marker are only obstacles. */
    static void place(List<NodeSkin> skins, double scale) {
        new MarkerPlacer().run(skins, scale);
    }

    private void run(List<NodeSkin> skins, double scale) {
        List<NodeSkin> ordered = new ArrayList<>(skins);
        ordered.sort(Comparator.comparingDouble((NodeSkin s) -> s.box().getMinX()).thenComparingDouble(s -> s.box().getMinY()));
        for (NodeSkin s : ordered) {
            add(screen(s.box(), scale));
        }
        for (NodeSkin s : ordered) {
            Dimension2D size = s.markerSize().orElse(null);
            if (size == null) {
                continue;
            }
            double[] box = screen(s.box(), scale);
            MarkerSide chosen = null;
            for (MarkerSide side : MarkerSide.values()) {
                double[] r = candidate(box, size, side);
                if (isFree(r)) {
                    add(r);
                    chosen = side;
                    break;
                }
            }
            s.placeMarker(chosen);
        }
    }

    private static double[] screen(Bounds b, double scale) {
        return new double[] {b.getMinX() * scale, b.getMinY() * scale, b.getMaxX() * scale, b.getMaxY() * scale};
    }

    private static double[] candidate(double[] box, Dimension2D size, MarkerSide side) {
        double w = size.getWidth();
        double h = size.getHeight();
        double cx = (box[0] + box[2]) / 2;
        double cy = (box[1] + box[3]) / 2;
        return switch (side) {
            case BELOW -> new double[] {cx - w / 2, box[3] + GAP, cx + w / 2, box[3] + GAP + h};
            case ABOVE -> new double[] {cx - w / 2, box[1] - GAP - h, cx + w / 2, box[1] - GAP};
            case RIGHT -> new double[] {box[2] + GAP * 2, cy - h / 2, box[2] + GAP * 2 + w, cy + h / 2};
            case LEFT -> new double[] {box[0] - GAP * 2 - w, cy - h / 2, box[0] - GAP * 2, cy + h / 2};
            case BELOW_FROM_LEFT -> new double[] {box[0], box[3] + GAP, box[0] + w, box[3] + GAP + h};
            case BELOW_FROM_RIGHT -> new double[] {box[2] - w, box[3] + GAP, box[2], box[3] + GAP + h};
            case ABOVE_FROM_LEFT -> new double[] {box[0], box[1] - GAP - h, box[0] + w, box[1] - GAP};
            case ABOVE_FROM_RIGHT -> new double[] {box[2] - w, box[1] - GAP - h, box[2], box[1] - GAP};
        };
    }

    private boolean isFree(double[] r) {
        for (long key : keys(r)) {
            for (double[] o : cells.getOrDefault(key, List.of())) {
                if (r[0] < o[2] && o[0] < r[2] && r[1] < o[3] && o[1] < r[3]) {
                    return false;
                }
            }
        }
        return true;
    }

    private void add(double[] r) {
        for (long key : keys(r)) {
            cells.computeIfAbsent(key, k -> new ArrayList<>(4)).add(r);
        }
    }

    private static List<Long> keys(double[] r) {
        int x0 = (int) Math.floor(r[0] / CELL);
        int x1 = (int) Math.floor(r[2] / CELL);
        int y0 = (int) Math.floor(r[1] / CELL);
        int y1 = (int) Math.floor(r[3] / CELL);
        List<Long> keys = new ArrayList<>((x1 - x0 + 1) * (y1 - y0 + 1));
        for (int x = x0; x <= x1; x++) {
            for (int y = y0; y <= y1; y++) {
                keys.add(((long) x << 32) ^ (y & 0xffffffffL));
            }
        }
        return keys;
    }
}
