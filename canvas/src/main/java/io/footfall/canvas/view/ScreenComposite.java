package io.footfall.canvas.view;

import io.footfall.canvas.layer.HeatmapLayer;
import java.nio.IntBuffer;
import javafx.scene.image.ImageView;

/**
 * The floorplan's bitmap, the heat and the pipeline's bitmap flattened into one screen image while a
 * gesture goes on over a shown heatmap. Shown as three window-sized images (beneath, between and above the
 * world) the software renderer blended each of them on every frame of a pan, and that was most of such a
 * frame's renderer time; here each row is put together in Java (the floorplan copied, or resampled during
 * a zoom, the heat stretched and blended over it, the pipeline's mostly transparent row blended over
 * that) and the renderer copies a single image. Redrawn only when the view, the heat or a bitmap changed.
 */
final class ScreenComposite {
    private final ScreenImage image;
    private final ImageView view;
    private final ScreenResampler under = new ScreenResampler();
    private final ScreenResampler over = new ScreenResampler();
    private final ScreenHeatmap heat = new ScreenHeatmap();
    private int[] out = new int[0];
    private int[] top = new int[0];
    /** What was drawn last: the view, the heat's version and opacity, the size; and the pictures (by identity). */
    private double[] drawnView;
    private final ScreenResampler.Picture[] drawnPictures = new ScreenResampler.Picture[4];
    private int draws;

    ScreenComposite(ImageView view) {
        this.view = view;
        this.image = new ScreenImage(view);
    }

    /**
     * Shows the floorplan's pictures ({@code underFront} over {@code underBack}), the heat and the pipeline's
     * pictures as the view shows them on a {@code w × h} screen; the backs (overviews) may be null. Coarse:
     * pictures at another scale are resampled to the nearest pixel (see {@link ScreenResampler}).
     */
    void show(ScreenResampler.Picture underFront, ScreenResampler.Picture underBack, HeatmapLayer heatmap,
            ScreenResampler.Picture overFront, ScreenResampler.Picture overBack, Viewport viewport, int w, int h,
            boolean coarse) {
        if (w < 1 || h < 1) {
            hide();
            return;
        }
        double[] key = {viewport.getScale(), viewport.translateXProperty().get(), viewport.translateYProperty().get(),
            heatmap.version(), heatmap.heatOpacityProperty().get(), heatmap.isVisible() ? 1 : 0, w, h, coarse ? 1 : 0};
        ScreenResampler.Picture[] pictures = {underFront, underBack, overFront, overBack};
        if (view.isVisible() && java.util.Arrays.equals(key, drawnView) && samePictures(pictures)) {
            return;
        }
        image.ensureSize(w, h);
        if (out.length != w) {
            out = new int[w];
            top = new int[w];
        }
        boolean withUnder = under.prepare(underFront, underBack, viewport, w, h, coarse);
        boolean withHeat = heatmap.isVisible() && heat.prepare(heatmap, viewport, w, h);
        boolean withOver = over.prepare(overFront, overBack, viewport, w, h, coarse);
        int x0 = w;
        int y0 = h;
        int x1 = 0;
        int y1 = 0;
        if (withUnder) {
            x0 = under.shownX0();
            x1 = under.shownX1();
            y0 = under.shownY0();
            y1 = under.shownY1();
        }
        if (withHeat) {
            x0 = Math.min(x0, heat.x0());
            x1 = Math.max(x1, heat.x1());
            y0 = Math.min(y0, heat.y0());
            y1 = Math.max(y1, heat.y1());
        }
        if (withOver) {
            x0 = Math.min(x0, over.shownX0());
            x1 = Math.max(x1, over.shownX1());
            y0 = Math.min(y0, over.shownY0());
            y1 = Math.max(y1, over.shownY1());
        }
        IntBuffer buffer = image.backBuffer();
        for (int y = y0; y < y1; y++) {
            if (withUnder && y >= under.shownY0() && y < under.shownY1()) {
                under.row(y, out); // transparent outside its pictures
            } else {
                java.util.Arrays.fill(out, x0, x1, 0);
            }
            if (withHeat && y >= heat.y0() && y < heat.y1()) {
                heat.blendRow(y, out);
            }
            if (withOver && y >= over.shownY0() && y < over.shownY1()) {
                over.row(y, top);
                for (int x = over.shownX0(), end = over.shownX1(); x < end; x++) {
                    int p = top[x];
                    if (p != 0) { // the pipeline's bitmap is transparent but for stages and edges
                        out[x] = blend(p, out[x]);
                    }
                }
            }
            buffer.put(y * w + x0, out, x0, x1 - x0);
        }
        image.flip(x0, y0, x1, y1);
        image.showPart(x0, y0, x1, y1);
        drawnView = key;
        System.arraycopy(pictures, 0, drawnPictures, 0, pictures.length);
        draws++;
    }

    void hide() {
        view.setVisible(false);
        drawnView = null;
    }

    /** The same picture objects as last drawn (a bitmap drawn anew is a new picture, even in the same array). */
    private boolean samePictures(ScreenResampler.Picture[] pictures) {
        for (int i = 0; i < pictures.length; i++) {
            if (pictures[i] != drawnPictures[i]) {
                return false;
            }
        }
        return true;
    }

    boolean isShown() {
        return view.isVisible();
    }

    /** Whether the frame shown was resampled coarsely (see {@link #show}). */
    boolean isCoarse() {
        return isShown() && drawnView != null && drawnView[drawnView.length - 1] == 1;
    }

    int drawCount() {
        return draws;
    }

    /**
     * Premultiplied {@code src} over {@code dst} (source-over), all four channels at once, two per 32-bit lane;
     * without branches, exact for transparent and opaque sources (256 - alpha is then 256 or 1), within 1/256 otherwise.
     */
    static int blend(int src, int dst) {
        int g = 256 - (src >>> 24);
        int rb = (((dst & 0xff00ff) * g) >>> 8) & 0xff00ff;
        int ag = (((dst >>> 8) & 0xff00ff) * g) & 0xff00ff00;
        return src + (ag | rb);
    }
}
