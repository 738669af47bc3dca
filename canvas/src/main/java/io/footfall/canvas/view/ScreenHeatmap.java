package io.footfall.canvas.view;

import io.footfall.canvas.layer.HeatmapLayer;
import java.nio.IntBuffer;
import javafx.scene.image.ImageView;

/**
 * The heatmap drawn at screen resolution while a gesture bitmap is shown. The heatmap layer's own view
 * is a 200 × 120 image stretched over the plan, and on the software renderer that stretch (bilinear,
 * with the layer's opacity) cost half of every frame of a pan with a live heatmap: resampling is eight
 * times dearer per pixel there than copying. Here the same bilinear stretch is done in Java into a
 * window-sized {@link ScreenImage} (only the plan's part of it is written and shown; two cached, horizontally interpolated rows per cell row, one blend per
 * pixel), with the opacity baked in, and the renderer only copies it, unscaled, between the floorplan's
 * and the pipeline's bitmaps. It is redrawn when the heat or the view changed since the last frame.
 */
final class ScreenHeatmap {
    private final ImageView view;
    private final ScreenImage image;
    private IntBuffer buffer;
    private int[] out;
    private int[] cells = new int[0];
    private int[] rowA = new int[0];
    private int[] rowB = new int[0];
    private int[] col0 = new int[0];
    private int[] col1 = new int[0];
    private int[] colW = new int[0];
    private long drawnVersion = -1;
    private double drawnScale;
    private double drawnX;
    private double drawnY;
    private double drawnOpacity;
    /** The part of the buffer written last time: the plan on screen, clipped to the window. */
    private int shownX0;
    private int shownY0;
    private int shownX1;
    private int shownY1;
    private int draws;

    ScreenHeatmap(ImageView view) {
        this.view = view;
        this.image = new ScreenImage(view);
    }

    /** Shows the heat as it is now over a {@code width × height} host, redrawing it if it or the view changed. */
    void show(HeatmapLayer heat, Viewport viewport, int w, int h) {
        if (w < 1 || h < 1 || heat.rows() == 0) {
            hide();
            return;
        }
        double s = viewport.getScale();
        double tx = viewport.translateXProperty().get();
        double ty = viewport.translateYProperty().get();
        double opacity = Math.max(0, Math.min(1, heat.heatOpacityProperty().get()));
        boolean resized = ensureSize(w, h);
        if (resized || heat.version() != drawnVersion || s != drawnScale || tx != drawnX || ty != drawnY
                || opacity != drawnOpacity) {
            buffer = image.backBuffer();
            draw(heat, s, tx, ty, opacity);
            image.flip(shownX0, shownY0, shownX1, shownY1);
            drawnVersion = heat.version();
            drawnScale = s;
            drawnX = tx;
            drawnY = ty;
            drawnOpacity = opacity;
            draws++;
        }
        image.showPart(shownX0, shownY0, shownX1, shownY1); // only the plan's part of the buffer is drawn
    }

    void hide() {
        view.setVisible(false);
        drawnVersion = -1;
    }

    boolean isShown() {
        return view.isVisible();
    }

    int drawCount() {
        return draws;
    }

    private boolean ensureSize(int w, int h) {
        if (!image.ensureSize(w, h)) {
            return false;
        }
        out = new int[w];
        return true;
    }

    private void draw(HeatmapLayer heat, double s, double tx, double ty, double opacity) {
        int width = image.width();
        int height = image.height();
        int rows = heat.rows();
        int cols = heat.cols();
        if (cells.length < rows * cols) {
            cells = new int[rows * cols];
        }
        heat.copyCells(cells);
        // The plan on screen, clipped to the window.
        double left = tx;
        double top = ty;
        double cellW = heat.worldWidth() * s / cols;
        double cellH = heat.worldHeight() * s / rows;
        int x0 = clamp((int) Math.floor(left), 0, width);
        int x1 = clamp((int) Math.ceil(left + cols * cellW), 0, width);
        int y0 = clamp((int) Math.floor(top), 0, height);
        int y1 = clamp((int) Math.ceil(top + rows * cellH), 0, height);
        shownX0 = x0;
        shownY0 = y0;
        shownX1 = x1;
        shownY1 = y1;
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        int alpha = (int) Math.round(opacity * 256);
        prepareColumns(x0, x1, left, cellW, cols);
        int span = x1 - x0;
        if (rowA.length < span) {
            rowA = new int[span];
            rowB = new int[span];
        }
        int rowInA = -1;
        int rowInB = -1;
        for (int y = y0; y < y1; y++) {
            // Sample at pixel centres, cell colours at cell centres, edges clamped: as a smooth ImageView stretches.
            double v = (y + 0.5 - top) / cellH - 0.5;
            int r0 = clamp((int) Math.floor(v), 0, rows - 1);
            int r1 = Math.min(r0 + 1, rows - 1);
            int fy = v <= 0 ? 0 : (int) ((v - Math.floor(v)) * 256);
            if (v >= rows - 1) {
                fy = 0;
            }
            if (rowInA != r0) {
                if (rowInB == r0) {
                    int[] t = rowA;
                    rowA = rowB;
                    rowB = t;
                    rowInA = r0;
                    rowInB = -1;
                } else {
                    interpolateRow(r0, cols, span, alpha, rowA);
                    rowInA = r0;
                }
            }
            if (rowInB != r1) {
                interpolateRow(r1, cols, span, alpha, rowB);
                rowInB = r1;
            }
            int[] a = rowA;
            int[] b = rowB;
            for (int i = 0; i < span; i++) {
                out[x0 + i] = ScreenResampler.lerp(a[i], b[i], fy);
            }
            buffer.put(y * width + x0, out, x0, span);
        }
    }

    private void prepareColumns(int x0, int x1, double left, double cellW, int cols) {
        int span = x1 - x0;
        if (col0.length < span) {
            col0 = new int[span];
            col1 = new int[span];
            colW = new int[span];
        }
        for (int i = 0; i < span; i++) {
            double u = (x0 + i + 0.5 - left) / cellW - 0.5;
            int c0 = clamp((int) Math.floor(u), 0, cols - 1);
            col0[i] = c0;
            col1[i] = Math.min(c0 + 1, cols - 1);
            colW[i] = u <= 0 || u >= cols - 1 ? 0 : (int) ((u - Math.floor(u)) * 256);
        }
    }

    /** One cell row stretched across the span, with the opacity applied. */
    private void interpolateRow(int row, int cols, int span, int alpha, int[] into) {
        int base = row * cols;
        for (int i = 0; i < span; i++) {
            into[i] = ScreenResampler.lerp(0, ScreenResampler.lerp(cells[base + col0[i]], cells[base + col1[i]], colW[i]), alpha);
        }
    }

    private static int clamp(int v, int lo, int hi) {
        return v < lo ? lo : Math.min(v, hi);
    }
}
