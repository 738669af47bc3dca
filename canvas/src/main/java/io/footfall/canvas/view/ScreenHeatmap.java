package io.footfall.canvas.view;

import io.footfall.canvas.layer.HeatmapLayer;

/**
 * The heatmap at screen resolution, row by row, for {@link ScreenComposite} while a gesture bitmap is
 * shown (drawn from a copy of the cells, so on any one thread). The heatmap layer's own view is a 200 × 120 image stretched over the plan, and on the software
 * renderer that stretch (bilinear, with the layer's opacity) cost half of every frame of a pan with a live
 * heatmap: resampling is eight times dearer per pixel there than copying. Here the same bilinear stretch
 * (sampled at pixel centres, cell colours at cell centres, edges clamped: as a smooth {@code ImageView}
 * does it) is done in Java with the opacity baked in: two cached, horizontally interpolated rows per cell
 * row, one blend per pixel.
 */
final class ScreenHeatmap {
    private int[] cells = new int[0];
    private int[] rowA = new int[0];
    private int[] rowB = new int[0];
    private int[] col0 = new int[0];
    private int[] col1 = new int[0];
    private int[] colW = new int[0];
    private int rowInA;
    private int rowInB;
    /** The columns [lo, hi) of each cached row outside which it is transparent (cold cells are). */
    private int loA;
    private int hiA;
    private int loB;
    private int hiB;
    private int rows;
    private int cols;
    private double top;
    private double cellH;
    private int alpha;
    /** The plan on screen, clipped to the window. */
    private int x0;
    private int y0;
    private int x1;
    private int y1;

    /**
     * The heat as the layer shows it at one moment, copied on the JavaFX thread so that it can be drawn on
     * another: the cells' colours (premultiplied ARGB, row by row), the grid's size and extent in world units,
     * the opacity. {@code version} is the layer's update count when copied.
     */
    record Heat(int[] cells, int rows, int cols, double worldWidth, double worldHeight, double opacity, long version) {
        /** Copies what the layer shows now (call on the JavaFX thread). */
        static Heat of(HeatmapLayer layer) {
            int[] cells = new int[layer.rows() * layer.cols()];
            if (cells.length > 0) {
                layer.copyCells(cells);
            }
            return new Heat(cells, layer.rows(), layer.cols(), layer.worldWidth(), layer.worldHeight(),
                    layer.heatOpacityProperty().get(), layer.version());
        }
    }

    /**
     * Prepares a copy of the heat as the view (scale s, translation left, top) shows it on a {@code w × h} screen;
     * false if none shows. The heat's part of the screen is then {@code [x0(), x1()) × [y0(), y1())}.
     */
    boolean prepare(Heat heat, double s, double left, double top, int w, int h) {
        rows = heat.rows();
        cols = heat.cols();
        x0 = y0 = x1 = y1 = 0;
        if (w < 1 || h < 1 || rows == 0 || cols == 0) {
            return false;
        }
        this.top = top;
        alpha = (int) Math.round(Math.max(0, Math.min(1, heat.opacity())) * 256);
        cells = heat.cells();
        double cellW = heat.worldWidth() * s / cols;
        cellH = heat.worldHeight() * s / rows;
        x0 = clamp((int) Math.floor(left), 0, w);
        x1 = clamp((int) Math.ceil(left + cols * cellW), 0, w);
        y0 = clamp((int) Math.floor(top), 0, h);
        y1 = clamp((int) Math.ceil(top + rows * cellH), 0, h);
        if (x1 <= x0 || y1 <= y0 || alpha == 0) {
            x0 = y0 = x1 = y1 = 0;
            return false;
        }
        prepareColumns(left, cellW);
        int span = x1 - x0;
        if (rowA.length < span) {
            rowA = new int[span];
            rowB = new int[span];
        }
        rowInA = -1;
        rowInB = -1;
        return true;
    }

    int x0() {
        return x0;
    }

    int x1() {
        return x1;
    }

    int y0() {
        return y0;
    }

    int y1() {
        return y1;
    }

    /** Blends the heat of screen row y (within [y0(), y1()), rows in increasing order) over {@code into}'s [x0(), x1()). */
    void blendRow(int y, int[] into) {
        double v = (y + 0.5 - top) / cellH - 0.5;
        int r0 = clamp((int) Math.floor(v), 0, rows - 1);
        int r1 = Math.min(r0 + 1, rows - 1);
        int fy = v <= 0 || v >= rows - 1 ? 0 : (int) ((v - Math.floor(v)) * 256);
        if (rowInA != r0) {
            if (rowInB == r0) {
                int[] t = rowA;
                rowA = rowB;
                rowB = t;
                loA = loB;
                hiA = hiB;
                rowInB = -1;
            } else {
                long lohi = interpolateRow(r0, rowA);
                loA = (int) (lohi >>> 32);
                hiA = (int) lohi;
            }
            rowInA = r0;
        }
        if (rowInB != r1) {
            long lohi = interpolateRow(r1, rowB);
            loB = (int) (lohi >>> 32);
            hiB = (int) lohi;
            rowInB = r1;
        }
        int[] a = rowA;
        int[] b = rowB;
        // This loop is most of a heat pan's frame: only where the heat is not transparent, and a cold
        // (transparent) pixel, which changes nothing, is skipped.
        if (fy == 0) {
            for (int i = loA; i < hiA; i++) {
                int h = a[i];
                if (h != 0) {
                    into[x0 + i] = ScreenComposite.blend(h, into[x0 + i]);
                }
            }
        } else {
            for (int i = Math.min(loA, loB), end = Math.max(hiA, hiB); i < end; i++) {
                int p = a[i];
                int q = b[i];
                if ((p | q) != 0) {
                    into[x0 + i] = ScreenComposite.blend(ScreenResampler.lerp(p, q, fy), into[x0 + i]);
                }
            }
        }
    }

    private void prepareColumns(double left, double cellW) {
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

    /**
     * One cell row stretched across the span, with the opacity applied; returns the columns [lo, hi) outside
     * which it is transparent, packed as {@code lo << 32 | hi} (lo = hi = 0 if it is transparent throughout).
     */
    private long interpolateRow(int row, int[] into) {
        int base = row * cols;
        int span = x1 - x0;
        int lo = span;
        int hi = 0;
        for (int i = 0; i < span; i++) {
            int c = ScreenResampler.lerp(0, ScreenResampler.lerp(cells[base + col0[i]], cells[base + col1[i]], colW[i]), alpha);
            into[i] = c;
            if (c != 0) {
                lo = Math.min(lo, i);
                hi = i + 1;
            }
        }
        return lo >= hi ? 0 : (long) lo << 32 | hi;
    }

    private static int clamp(int v, int lo, int hi) {
        return v < lo ? lo : Math.min(v, hi);
    }
}
