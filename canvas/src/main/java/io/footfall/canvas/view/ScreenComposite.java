package io.footfall.canvas.view;

import io.footfall.canvas.layer.HeatmapLayer;
import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.image.ImageView;

/**
 * The floorplan's bitmap, the heat and the pipeline's bitmap flattened into one screen image while a
 * gesture goes on over a shown heatmap. Shown as three window-sized images (beneath, between and above the
 * world) the software renderer blended each of them on every frame of a pan, and that was most of such a
 * frame's renderer time; here each row is put together in Java (the floorplan copied, or resampled during
 * a zoom, the heat stretched and blended over it, the pipeline's mostly transparent row blended over
 * that) and the renderer copies a single image. Redrawn only when the view, the heat or a bitmap changed.
 *
 * <p>The flattening is drawn on a worker thread, not the JavaFX thread: with the heat changing every frame
 * it is some 800,000 blended pixels per frame (about 10 ms on the loaded machine), which made a pan with a
 * live heatmap the one gesture slower than 16 ms a frame. The JavaFX thread copies what a frame needs (the
 * view, the heat's cells, the bitmaps' pixel arrays, which it no longer writes while a frame reads them),
 * hands it over and goes on; the finished frame is shown at the next pulse. It never waits: while a frame
 * is being drawn, newer requests only replace each other, and the latest is drawn next. So the picture may
 * lag the view by a frame or two, all of it together (the live layers are hidden meanwhile). Only the
 * first frame of a gesture is drawn on the JavaFX thread at once, as there is nothing else to show yet.
 * Frames go into three pages of pixels in turn: one shown, one the renderer may still be reading, one drawn.
 */
final class ScreenComposite {
    /** One daemon thread for all canvases: frames are drawn one at a time anyway. */
    private static final Executor WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "canvas-composite");
        t.setDaemon(true);
        return t;
    });

    /** What one frame shows, copied on the JavaFX thread; drawn into {@code page}. */
    private static final class Frame {
        final double[] key;
        final ScreenResampler.Picture[] pictures;
        final ScreenHeatmap.Heat heat;
        final double scale;
        final double tx;
        final double ty;
        final int w;
        final int h;
        final boolean coarse;
        final int generation;
        int page;
        /** The part drawn, {x0, y0, x1, y1}; set by the drawing. */
        volatile int[] drawn;

        Frame(double[] key, ScreenResampler.Picture[] pictures, ScreenHeatmap.Heat heat, Viewport viewport, int w, int h,
                boolean coarse, int generation) {
            this.key = key;
            this.pictures = pictures;
            this.heat = heat;
            this.scale = viewport.getScale();
            this.tx = viewport.translateXProperty().get();
            this.ty = viewport.translateYProperty().get();
            this.w = w;
            this.h = h;
            this.coarse = coarse;
            this.generation = generation;
        }
    }

    /** The row buffers and samplers of one drawing thread. */
    private static final class Painter {
        private final ScreenResampler under = new ScreenResampler();
        private final ScreenResampler over = new ScreenResampler();
        private final ScreenHeatmap heat = new ScreenHeatmap();
        private int[] out = new int[0];
        private int[] top = new int[0];

        /** Draws the frame into {@code buffer}; returns the part written, {x0, y0, x1, y1}. */
        int[] draw(Frame f, IntBuffer buffer) {
            int w = f.w;
            int h = f.h;
            if (out.length != w) {
                out = new int[w];
                top = new int[w];
            }
            ScreenResampler.Picture[] p = f.pictures;
            boolean withUnder = under.prepare(p[0], p[1], f.scale, f.tx, f.ty, w, h, f.coarse);
            boolean withHeat = f.heat != null && heat.prepare(f.heat, f.scale, f.tx, f.ty, w, h);
            boolean withOver = over.prepare(p[2], p[3], f.scale, f.tx, f.ty, w, h, f.coarse);
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
            for (int y = y0; y < y1; y++) {
                if (withUnder && y >= under.shownY0() && y < under.shownY1()) {
                    under.row(y, out); // transparent outside its pictures
                } else {
                    Arrays.fill(out, x0, x1, 0);
                }
                if (withHeat && y >= heat.y0() && y < heat.y1()) {
                    heat.blendRow(y, out);
                }
                if (withOver && y >= over.shownY0() && y < over.shownY1()) {
                    over.row(y, top);
                    for (int x = over.shownX0(), end = over.shownX1(); x < end; x++) {
                        int q = top[x];
                        if (q != 0) { // the pipeline's bitmap is transparent but for stages and edges
                            out[x] = blend(q, out[x]);
                        }
                    }
                }
                buffer.put(y * w + x0, out, x0, x1 - x0);
            }
            return new int[] {x0, y0, x1, y1};
        }
    }

    private final ScreenImage image;
    private final ImageView view;
    private final Executor worker;
    /** Draws on the JavaFX thread (a gesture's first frame) and on the worker: never at the same time as each other's frames' state. */
    private final Painter here = new Painter();
    private final Painter there = new Painter();
    private final Runnable finishedOnWorker = Platform::requestNextPulse;
    /** The frame on screen, the latest one asked for, the one on the worker (null: none), the one it finished. */
    private Frame shown;
    private Frame wanted;
    private Frame drawing;
    private volatile Frame finished;
    /** Bumped when the image is hidden or resized: frames of an earlier generation are not shown. */
    private int generation;
    private ScreenHeatmap.Heat heat;
    private int draws;
    private int drawnHere;

    ScreenComposite(ImageView view) {
        this(view, WORKER);
    }

    /** With another thread to draw on (tests hold it to look at what the JavaFX thread does meanwhile). */
    ScreenComposite(ImageView view, Executor worker) {
        this.view = view;
        this.worker = worker;
        this.image = new ScreenImage(view, 3);
    }

    /**
     * Shows the floorplan's pictures ({@code underFront} over {@code underBack}), the heat and the pipeline's
     * pictures as the view shows them on a {@code w × h} screen; the backs (overviews), the pipeline's pictures
     * and the heatmap may be null (without them this is the floorplan's, or the whole content's, bitmap resampled to
     * a zoom). Coarse:
     * pictures at another scale are resampled to the nearest pixel (see {@link ScreenResampler}). Called on
     * every pulse of the gesture (also one without a change: a frame finished meanwhile is shown then).
     */
    void show(ScreenResampler.Picture underFront, ScreenResampler.Picture underBack, HeatmapLayer heatmap,
            ScreenResampler.Picture overFront, ScreenResampler.Picture overBack, Viewport viewport, int w, int h,
            boolean coarse) {
        if (w < 1 || h < 1) {
            hide();
            return;
        }
        presentFinished();
        boolean withHeat = heatmap != null && heatmap.isVisible();
        double[] key = {viewport.getScale(), viewport.translateXProperty().get(), viewport.translateYProperty().get(),
            withHeat ? heatmap.version() : -1, withHeat ? heatmap.heatOpacityProperty().get() : 0, w, h, coarse ? 1 : 0};
        ScreenResampler.Picture[] pictures = {underFront, underBack, overFront, overBack};
        Frame latest = drawing != null ? drawing : shown;
        if (latest != null && view.isVisible() && Arrays.equals(key, latest.key) && Arrays.equals(pictures, latest.pictures)) {
            wanted = null; // what is on screen or being drawn is what the view shows now
            return;
        }
        if (image.ensureSize(w, h)) {
            generation++; // frames drawn for the old size are dropped
        }
        if (withHeat && (heat == null || heat.version() != heatmap.version()
                || heat.opacity() != heatmap.heatOpacityProperty().get())) {
            heat = ScreenHeatmap.Heat.of(heatmap);
        }
        Frame frame = new Frame(key, pictures, withHeat ? heat : null, viewport, w, h, coarse, generation);
        if (!view.isVisible()) {
            // The gesture's first frame: the live layers are hidden already, so it is drawn at once.
            frame.page = image.freePage(drawing != null ? drawing.page : -1);
            frame.drawn = here.draw(frame, image.buffer(frame.page));
            drawnHere++;
            present(frame);
            return;
        }
        wanted = frame;
        startWanted();
    }

    /** A frame the worker finished is shown (if it is still of this generation), and the next one started. */
    private void presentFinished() {
        Frame done = finished;
        if (done == null) {
            return;
        }
        finished = null;
        drawing = null;
        if (done.generation == generation) {
            present(done);
        }
        startWanted();
    }

    private void startWanted() {
        if (drawing != null || wanted == null) {
            return; // one frame at a time: the latest request waits for the worker
        }
        Frame frame = wanted;
        wanted = null;
        frame.page = image.freePage(-1);
        IntBuffer buffer = image.buffer(frame.page);
        drawing = frame;
        worker.execute(() -> {
            frame.drawn = there.draw(frame, buffer);
            finished = frame;
            finishedOnWorker.run(); // the next pulse shows it, even if nothing else changes
        });
    }

    private void present(Frame frame) {
        int[] r = frame.drawn;
        image.flip(frame.page, r[0], r[1], r[2], r[3]);
        image.showPart(r[0], r[1], r[2], r[3]);
        shown = frame;
        draws++;
    }

    void hide() {
        view.setVisible(false);
        shown = null;
        wanted = null;
        generation++; // a frame still being drawn is not shown
    }

    /**
     * Whether a frame on the worker reads {@code pixels} (a bitmap's pixel array): the JavaFX thread then must
     * not write into it (draw a new bitmap or a refill's strips there), or that frame could show torn pixels.
     */
    boolean reads(int[] pixels) {
        Frame f = drawing;
        if (f == null || pixels == null) {
            return false;
        }
        for (ScreenResampler.Picture p : f.pictures) {
            if (p != null && p.argb() == pixels) {
                return true;
            }
        }
        return false;
    }

    boolean isShown() {
        return view.isVisible();
    }

    /** Whether the frame shown was resampled coarsely (see {@link #show}). */
    boolean isCoarse() {
        return isShown() && shown != null && shown.coarse;
    }

    /** Whether the frame on screen is the one last asked for (none is waiting or being drawn). */
    boolean isCurrent() {
        return !isShown() || drawing == null && wanted == null && finished == null;
    }

    int drawCount() {
        return draws;
    }

    /** How many frames were drawn on the JavaFX thread (a gesture's first); the rest were drawn on the worker. */
    int drawnHereCount() {
        return drawnHere;
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
