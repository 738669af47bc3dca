package io.footfall.canvas.view;

import java.nio.IntBuffer;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The next gesture bitmap of one layer while a pan goes on: the same scale as the one shown, its area
 * moved by whole pixels towards where the view went. What the shown bitmap already holds is copied; only
 * the strips it does not cover are drawn, a few rows per frame ({@link #drawNext}), so that a pan never
 * waits for a whole render of the view plus its margin (one such render cost 200-450 ms on the loaded
 * software renderer, once every 40-odd frames of a steady pan). Drawing cost is about proportional to the
 * area drawn (rasterising zones, walls and curves), so small strips cost little each.
 */
final class ShiftedBitmap {
    /** The layer, the scale, the area the bitmap stands for (width × height pixels at that scale). */
    private final Node layer;
    private final double scale;
    private final Rectangle2D area;
    /** The part of the area's raster the layer can touch; empty if none. */
    private final int x0;
    private final int y0;
    private final int width;
    private final int height;
    private final int[] argb;
    private final Deque<int[]> strips = new ArrayDeque<>();
    private int drawnPixels;

    private ShiftedBitmap(Node layer, double scale, Rectangle2D area, int[] trim, int[] reuse) {
        this.layer = layer;
        this.scale = scale;
        this.area = area;
        x0 = trim == null ? 0 : trim[0];
        y0 = trim == null ? 0 : trim[1];
        width = trim == null ? 0 : trim[2] - trim[0];
        height = trim == null ? 0 : trim[3] - trim[1];
        argb = reuse != null && reuse.length >= width * height ? reuse : new int[width * height];
    }

    /**
     * Plans the bitmap of {@code layer} (world bounds {@code bounds}) over {@code area}, an areaWidth ×
     * areaHeight raster at {@code scale} whose origin lies a whole number of pixels from {@code old}'s: copies
     * what {@code old} covers, queues the rest in strips of at most {@code stripPixels} pixels.
     *
     * @param old   the bitmap shown now (may be null: everything is drawn)
     * @param reuse an array to draw into if big enough (a bitmap no longer shown), or null
     */
    static ShiftedBitmap plan(Node layer, Bounds bounds, double scale, Rectangle2D area, int areaWidth, int areaHeight,
            ScreenResampler.Picture old, int stripPixels, int[] reuse) {
        ShiftedBitmap next = new ShiftedBitmap(layer, scale, area, trim(bounds, area, scale, areaWidth, areaHeight), reuse);
        if (next.width == 0 || next.height == 0) {
            return next;
        }
        // The old picture's pixels in this raster's trimmed coordinates (whole pixels by construction).
        int ox = 0;
        int oy = 0;
        int ox1 = 0;
        int oy1 = 0;
        if (old != null) {
            ox = (int) Math.round((old.worldX() - area.getMinX()) * scale) - next.x0;
            oy = (int) Math.round((old.worldY() - area.getMinY()) * scale) - next.y0;
            ox1 = ox + old.width();
            oy1 = oy + old.height();
        }
        int cx0 = Math.max(0, ox);
        int cy0 = Math.max(0, oy);
        int cx1 = Math.min(next.width, ox1);
        int cy1 = Math.min(next.height, oy1);
        if (cx1 > cx0 && cy1 > cy0) {
            for (int y = cy0; y < cy1; y++) {
                System.arraycopy(old.argb(), (y - oy) * old.width() + (cx0 - ox), next.argb, y * next.width + cx0, cx1 - cx0);
            }
            next.queue(0, 0, next.width, cy0, stripPixels);
            next.queue(0, cy1, next.width, next.height, stripPixels);
            next.queue(0, cy0, cx0, cy1, stripPixels);
            next.queue(cx1, cy0, next.width, cy1, stripPixels);
        } else {
            next.queue(0, 0, next.width, next.height, stripPixels);
        }
        return next;
    }

    /**
     * The part of an area's raster ({@code width × height} pixels at scale s) that a layer with world bounds b
     * can touch, as {x0, y0, x1, y1}, one spare pixel on each side for antialiased edges; null if none.
     */
    static int[] trim(Bounds b, Rectangle2D a, double s, int width, int height) {
        if (b.isEmpty()) {
            return null;
        }
        int x0 = clamp((int) Math.floor((b.getMinX() - a.getMinX()) * s) - 1, 0, width);
        int y0 = clamp((int) Math.floor((b.getMinY() - a.getMinY()) * s) - 1, 0, height);
        int x1 = clamp((int) Math.ceil((b.getMaxX() - a.getMinX()) * s) + 1, 0, width);
        int y1 = clamp((int) Math.ceil((b.getMaxY() - a.getMinY()) * s) + 1, 0, height);
        return x1 <= x0 || y1 <= y0 ? null : new int[] {x0, y0, x1, y1};
    }

    private static int clamp(int v, int lo, int hi) {
        return v < lo ? lo : Math.min(v, hi);
    }

    /** Queues [x0, x1) × [y0, y1) (trimmed coordinates) in row bands of at most {@code stripPixels} pixels. */
    private void queue(int fromX, int fromY, int toX, int toY, int stripPixels) {
        int w = toX - fromX;
        if (w <= 0 || toY <= fromY) {
            return;
        }
        int rows = Math.max(1, stripPixels / w);
        for (int y = fromY; y < toY; y += rows) {
            strips.add(new int[] {fromX, y, w, Math.min(rows, toY - y)});
        }
    }

    boolean isDone() {
        return strips.isEmpty();
    }

    /** Pixels drawn (not copied) so far. */
    int drawnPixels() {
        return drawnPixels;
    }

    /**
     * Draws the next queued strip of the layer (which must be painted, opacity 1, while this runs), leaving out
     * through {@code culling} what lies outside the strip: the snapshot itself would visit every node.
     */
    void drawNext(SnapshotParameters params, Culling culling) {
        int[] s = strips.poll();
        if (s == null) {
            return;
        }
        double px = area.getMinX() * scale + x0 + s[0];
        double py = area.getMinY() * scale + y0 + s[1];
        params.setViewport(new Rectangle2D(px, py, s[2], s[3]));
        // One pixel of slack around the strip for antialiased edges.
        culling.cullTo(new Rectangle2D((px - 1) / scale, (py - 1) / scale, (s[2] + 2) / scale, (s[3] + 2) / scale));
        WritableImage strip;
        try {
            strip = layer.snapshot(params, null);
        } finally {
            culling.uncull();
        }
        strip.getPixelReader().getPixels(0, 0, s[2], s[3], PixelFormat.getIntArgbPreInstance(), argb,
                s[1] * width + s[0], width);
        drawnPixels += s[2] * s[3];
    }

    /**
     * The finished bitmap (null if the layer touches none of the area). It shows the pixel array itself, in
     * the renderer's own format: a copy into a default {@code WritableImage} (bytes) cost a conversion there
     * and another one back when the renderer uploaded it. The array must not change while it is shown.
     */
    WritableImage image() {
        if (width == 0 || height == 0) {
            return null;
        }
        return new WritableImage(new PixelBuffer<>(width, height, IntBuffer.wrap(argb), PixelFormat.getIntArgbPreInstance()));
    }

    double scale() {
        return scale;
    }

    Rectangle2D area() {
        return area;
    }

    /** The world the finished bitmap shows (its trimmed part), or null if empty. */
    Rectangle2D world() {
        return width == 0 || height == 0 ? null
                : new Rectangle2D(area.getMinX() + x0 / scale, area.getMinY() + y0 / scale, width / scale, height / scale);
    }

    ScreenResampler.Picture picture() {
        Rectangle2D w = world();
        return w == null ? null : new ScreenResampler.Picture(argb, width, height, scale, w.getMinX(), w.getMinY());
    }

    int[] pixels() {
        return argb;
    }
}
