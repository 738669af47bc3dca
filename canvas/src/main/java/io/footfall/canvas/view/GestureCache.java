package io.footfall.canvas.view;

import io.footfall.canvas.layer.HeatmapLayer;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import javafx.util.Duration;

/**
 * Pans and zooms over big scenes move a picture instead of redrawing thousands of shapes. On the software
 * renderer a frame of the large mall with 500 stages costs tens of milliseconds of rasterising (walls,
 * zones, range circles, edge curves), while copying one bitmap costs a few. So when the viewport keeps
 * moving (changes in a second frame), the heavy layers are drawn once into a bitmap covering the window
 * plus a margin on every side, the live layers are made transparent (opacity 0: not painted, still picked
 * by the mouse) and the bitmap is shown in screen coordinates, moved with the pans and scaled with the
 * zooms. At the scale it was drawn at it sits on whole pixels, unscaled: the software renderer then
 * copies it row by row instead of resampling it.
 *
 * <p>Zooms never wait for a render: the bitmap is only scaled (blurrier the further in, up to
 * {@link #MAX_MAGNIFICATION}), and when zooming out uncovers the window's edges an overview bitmap of the
 * whole plan, drawn once per gesture at most at the scale that fits it in the window, fills them. A pan
 * gets a successor bitmap drawn a strip per frame ahead of it ({@link ShiftedBitmap}); one that leaves the
 * bitmap anyway redraws it whole at the current scale. The bitmaps are dropped once the view has not
 * changed for {@code settle} and for at least one frame (a frame slower than {@code settle} must not end a
 * gesture that is still going), on a mouse press or a key press; the live layers then return, sharp at the
 * new zoom.
 *
 * <p>The heatmap may change every frame, so it stays live and is never drawn into a bitmap: when it is
 * shown the floorplan and the pipeline get a bitmap each, and they and the heat between them are flattened
 * into one screen image ({@link ScreenComposite}) whenever the heat or the view changes (the software
 * renderer then blends one window-sized image per frame, not three); when it is hidden one bitmap of the
 * whole content does. Edits made while a bitmap is shown appear when it is dropped.
 */
public final class GestureCache {
    /** The bitmap covers this fraction of the window's width and height beyond each edge. */
    private static final double MARGIN = 0.25;
    /** Zooming in further than this over the bitmap's own scale redraws it rather than blur it more. */
    static final double MAX_MAGNIFICATION = 4;
    /** The overview covers the content plus this fraction of its size on every side. */
    private static final double OVERVIEW_PAD = 0.1;
    /**
     * A pan that has moved the view this fraction of the margin away from the detail bitmap's centre starts
     * its successor, drawn a strip per frame ({@link ShiftedBitmap}) long before the view reaches its edge.
     */
    private static final double REFILL_AFTER = 0.5;
    /** Each frame of a refill draws at most this fraction of the window's area per layer. */
    private static final double REFILL_STRIP = 1.0 / 32;

    private final Viewport viewport;
    private final Region host;
    private final StillGroup content;
    private final Node floorplan;
    private final HeatmapLayer heatmap;
    private final ScreenComposite composite;
    private final ScreenComposite resampledUnder;
    private final Node pipeline;
    private final Bitmap detailUnder;
    private final Bitmap detailOver;
    private final Bitmap overviewUnder;
    private final Bitmap overviewOver;
    private final PauseTransition idle;
    private final Runnable syncLayers;
    private final Culling culling;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final Runnable onPulse = this::pulse;
    private Scene listeningScene;
    private int movingFrames;
    private int stillFrames;
    private boolean moved;
    private double lastScale = Double.NaN;
    private boolean active;
    private boolean split;
    private int snapshots;
    private int overviews;
    private int refills;
    private int strips;
    /** The detail bitmaps' successors while a pan refills them (over: only while split), else null. */
    private ShiftedBitmap nextUnder;
    private ShiftedBitmap nextOver;

    /**
     * @param content    the group holding the three layers (no transform of its own), drawn whole when the heatmap is
     *                   hidden; kept still (out of the scene's bounds pass) while a bitmap stands in for it
     * @param overviewBelow an empty, unmanaged view in {@code host} beneath everything, for the overview of the floorplan or content
     * @param under      an empty, unmanaged view in {@code host} above {@code overviewBelow}, beneath the world, for the floorplan's or the content's bitmap
     * @param resampledBelow an empty, unmanaged view in {@code host} above {@code under}, beneath the world: the under bitmaps resampled to a zoom
     * @param heat       an empty, unmanaged view in {@code host} above the world, beneath {@code overviewAbove}: while the heatmap
     *                   shows, the floorplan's bitmap, the heat and the pipeline's bitmap flattened into one screen image
     * @param overviewAbove an unmanaged view in {@code host}, never shown: holds the pipeline's overview while the heatmap shows
     * @param over       an unmanaged view in {@code host}, never shown: holds the pipeline's bitmap while the heatmap shows
     * @param syncLayers brings the layers' zoom-dependent details (labels shown or not) up to the current scale;
     *                   the owner skips that while a bitmap is shown, so it is run before each drawing and at the end
     * @param culling    leaves out of a drawing what of the layers lies outside the area drawn (snapshots visit every
     *                   node otherwise)
     */
    public GestureCache(Viewport viewport, Region host, StillGroup content, Node floorplan, HeatmapLayer heatmap, Node pipeline,
            ImageView overviewBelow, ImageView under, ImageView resampledBelow, ImageView heat,
            ImageView overviewAbove, ImageView over, Duration settle, Runnable syncLayers, Culling culling) {
        this.viewport = viewport;
        this.host = host;
        this.content = content;
        this.floorplan = floorplan;
        this.heatmap = heatmap;
        this.composite = new ScreenComposite(heat);
        this.resampledUnder = new ScreenComposite(resampledBelow);
        this.pipeline = pipeline;
        this.overviewUnder = new Bitmap(overviewBelow);
        this.detailUnder = new Bitmap(under);
        this.overviewOver = new Bitmap(overviewAbove);
        this.detailOver = new Bitmap(over);
        this.syncLayers = syncLayers;
        this.culling = culling;
        this.idle = new PauseTransition(settle);
        idle.setOnFinished(e -> settled());
        InvalidationListener changed = o -> viewportChanged();
        viewport.scaleProperty().addListener(changed);
        viewport.translateXProperty().addListener(changed);
        viewport.translateYProperty().addListener(changed);
        // A click or a key may start an edit: it must land on, and be seen in, the live layers.
        host.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> stop());
        host.addEventFilter(KeyEvent.KEY_PRESSED, e -> stop());
        heatmap.visibleProperty().addListener(o -> stop());
        enabled.addListener((o, a, b) -> {
            if (!b) {
                stop();
            }
        });
    }

    private void viewportChanged() {
        if (!enabled.get()) {
            return;
        }
        idle.playFromStart();
        moved = true;
        Scene scene = host.getScene();
        if (listeningScene == null && scene != null) {
            // Checked once per pulse after animations and handlers ran: zoomAt sets scale and translation
            // one after the other, and the bitmap must match the final view, not one in between.
            listeningScene = scene;
            scene.addPreLayoutPulseListener(onPulse);
        }
    }

    /** The pause ran out; the gesture is over only if a frame also went by without a change. */
    private void settled() {
        if (stillFrames == 0) {
            idle.playFromStart();
            return;
        }
        stop();
    }

    private void pulse() {
        if (!moved) {
            stillFrames++;
            if (active && split) {
                showComposite(false); // the heat may have changed while the view did not; smooth once the view rests
            } else if (active && resampledUnder.isShown() && (resampledUnder.isCoarse() || !resampledUnder.isCurrent())) {
                showResampled(false); // the zoom rests: the coarse frame is redrawn smoothly (and frames drawn meanwhile shown)
            }
            return;
        }
        moved = false;
        stillFrames = 0;
        double scale = viewport.getScale();
        boolean zooming = !Double.isNaN(lastScale) && scale != lastScale;
        lastScale = scale;
        // The first frame of a gesture is drawn live: a single zoom step should not pay for a bitmap.
        if ((!active && ++movingFrames < 2) || host.getWidth() < 1 || host.getHeight() < 1) {
            return;
        }
        Rectangle2D view = visibleWorld();
        if (!active) {
            draw();
        } else if (scale > detailUnder.scale * MAX_MAGNIFICATION) {
            draw(); // zoomed in too far for the bitmap: redraw only the detail, at the new scale
        } else if (!zooming && scale == detailUnder.scale && detailUnder.covers(view)) {
            refill(view);
        } else {
            cancelRefill(); // a zoom, or a pan that outran the refill: redrawn whole below
        }
        if (active && !detailUnder.covers(view)) {
            if (zooming) {
                // Zooming out: the overview fills the edges; a pan (below) redraws the detail instead.
                if (overviewUnder.image() == null || scale > overviewUnder.scale * MAX_MAGNIFICATION) {
                    drawOverview();
                }
            } else {
                draw();
            }
        }
        boolean needOverview = !detailUnder.covers(view);
        // A frame of a moving zoom is resampled coarsely (nearest pixels, a third of the cost), redrawn smoothly
        // as soon as a frame goes by without a change.
        if (split) {
            showComposite(zooming);
        } else if (needOverview || Math.abs(scale / detailUnder.scale - 1) > 1e-9) {
            showResampled(zooming);
        } else {
            resampledUnder.hide();
            overviewUnder.place(false);
            overviewOver.place(false);
            detailUnder.place(true);
            detailOver.place(false);
        }
    }

    /**
     * While the heatmap shows, the floorplan's and the pipeline's bitmaps (resampled if the scale is not
     * theirs, the overviews where the details do not reach) and the heat between them are shown as one image.
     */
    private void showComposite(boolean coarse) {
        boolean needOverview = !detailUnder.covers(visibleWorld());
        for (Bitmap b : new Bitmap[] {overviewUnder, detailUnder, overviewOver, detailOver}) {
            b.place(false);
        }
        resampledUnder.hide();
        heatmap.setDrawnHere(false);
        composite.show(detailUnder.picture(), needOverview ? overviewUnder.picture() : null, heatmap,
                detailOver.picture(), needOverview ? overviewOver.picture() : null, viewport,
                (int) Math.ceil(host.getWidth()), (int) Math.ceil(host.getHeight()), coarse);
    }

    /**
     * At another scale than the bitmap's: resampled in Java (off the JavaFX thread but for a gesture's first such
     * frame, see {@link ScreenComposite}), copied unscaled by the renderer.
     */
    private void showResampled(boolean coarse) {
        boolean needOverview = !detailUnder.covers(visibleWorld());
        for (Bitmap b : new Bitmap[] {overviewUnder, detailUnder, overviewOver, detailOver}) {
            b.place(false);
        }
        resampledUnder.show(detailUnder.picture(), needOverview ? overviewUnder.picture() : null, null, null, null, viewport,
                (int) Math.ceil(host.getWidth()), (int) Math.ceil(host.getHeight()), coarse);
    }

    private Rectangle2D visibleWorld() {
        Point2D a = viewport.screenToWorld(0, 0);
        Point2D b = viewport.screenToWorld(host.getWidth(), host.getHeight());
        return new Rectangle2D(a.getX(), a.getY(), b.getX() - a.getX(), b.getY() - a.getY());
    }

    /** Draws the layers around the current view into the detail bitmap(s) and shows them instead of the layers. */
    private void draw() {
        cancelRefill();
        double s = viewport.getScale();
        // Whole screen pixels, so that a pan by whole pixels shows the bitmap unfiltered.
        double mx = marginX();
        double my = marginY();
        int width = areaWidth();
        int height = areaHeight();
        Point2D origin = viewport.screenToWorld(-mx, -my);
        Rectangle2D area = new Rectangle2D(origin.getX(), origin.getY(), width / s, height / s);
        culling.cullTo(new Rectangle2D(area.getMinX() - 1 / s, area.getMinY() - 1 / s, area.getWidth() + 2 / s, area.getHeight() + 2 / s));
        try {
            shoot(detailUnder, detailOver, s, area, width, height);
        } finally {
            culling.uncull();
        }
        snapshots++;
    }

    private double marginX() {
        return Math.ceil(host.getWidth() * MARGIN);
    }

    private double marginY() {
        return Math.ceil(host.getHeight() * MARGIN);
    }

    /** The detail bitmap's raster: the window plus its margins, in whole pixels. */
    private int areaWidth() {
        return (int) Math.ceil(host.getWidth() + 2 * marginX());
    }

    private int areaHeight() {
        return (int) Math.ceil(host.getHeight() + 2 * marginY());
    }

    /**
     * During a pan at the detail bitmap's scale: once the view is {@link #REFILL_AFTER} of the margin off the
     * bitmap's centre, plans a successor centred on the view (copying what the shown bitmap holds), then draws
     * one strip of it per frame and swaps it in when done; the shown bitmap keeps moving meanwhile. If the
     * view outruns it, the pan falls back to a whole redraw when it leaves the shown bitmap.
     */
    private void refill(Rectangle2D view) {
        double s = detailUnder.scale;
        Rectangle2D a = detailUnder.area;
        if (nextUnder == null) {
            int width = areaWidth();
            int height = areaHeight();
            if (a == null || Math.round(a.getWidth() * s) != width || Math.round(a.getHeight() * s) != height) {
                return; // the window was resized: the next bitmap is drawn whole
            }
            double dx = (view.getMinX() + view.getWidth() / 2 - (a.getMinX() + a.getWidth() / 2)) * s;
            double dy = (view.getMinY() + view.getHeight() / 2 - (a.getMinY() + a.getHeight() / 2)) * s;
            if (Math.abs(dx) < REFILL_AFTER * marginX() && Math.abs(dy) < REFILL_AFTER * marginY()) {
                return;
            }
            // Moved by whole pixels of the shown raster, so that its pixels are copied, not resampled.
            Rectangle2D moved = new Rectangle2D(a.getMinX() + Math.round(dx) / s, a.getMinY() + Math.round(dy) / s,
                    a.getWidth(), a.getHeight());
            int strip = (int) Math.max(4096, host.getWidth() * host.getHeight() * REFILL_STRIP);
            Node under = split ? floorplan : content;
            nextUnder = ShiftedBitmap.plan(under, worldBounds(under), s, moved, width, height, detailUnder.picture(), strip,
                    detailUnder.writableSpare());
            nextOver = split ? ShiftedBitmap.plan(pipeline, worldBounds(pipeline), s, moved, width, height,
                    detailOver.picture(), strip, detailOver.writableSpare()) : null;
        }
        if (!nextUnder.isDone() || nextOver != null && !nextOver.isDone()) {
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.TRANSPARENT);
            params.setTransform(new Scale(s, s));
            showLive();
            nextUnder.drawNext(params, culling);
            if (nextOver != null) {
                nextOver.drawNext(params, culling);
            }
            hideLive();
            strips++;
        }
        if (nextUnder.isDone() && (nextOver == null || nextOver.isDone())) {
            detailUnder.adopt(nextUnder);
            if (nextOver != null) {
                detailOver.adopt(nextOver);
            }
            nextUnder = null;
            nextOver = null;
            refills++;
        }
    }

    private void cancelRefill() {
        nextUnder = null;
        nextOver = null;
    }

    /**
     * Draws the whole content (floorplan and stages, padded) at the scale that fits it in the window, or
     * the current scale if that is smaller: a blurry but complete picture for the edges a zoom-out uncovers.
     */
    private void drawOverview() {
        Bounds b = content.getBoundsInLocal();
        double padX = b.getWidth() * OVERVIEW_PAD;
        double padY = b.getHeight() * OVERVIEW_PAD;
        Rectangle2D world = new Rectangle2D(b.getMinX() - padX, b.getMinY() - padY,
                Math.max(1, b.getWidth() + 2 * padX), Math.max(1, b.getHeight() + 2 * padY));
        double s = Math.min(viewport.getScale(),
                Math.min(host.getWidth() / world.getWidth(), host.getHeight() / world.getHeight()));
        int width = Math.max(1, (int) Math.ceil(world.getWidth() * s));
        int height = Math.max(1, (int) Math.ceil(world.getHeight() * s));
        shoot(overviewUnder, overviewOver, s, new Rectangle2D(world.getMinX(), world.getMinY(), width / s, height / s),
                width, height);
        overviews++;
    }

    private void shoot(Bitmap under, Bitmap over, double s, Rectangle2D area, int width, int height) {
        // Labels shown at the bitmap's own scale, as the live layers would show them.
        syncLayers.run();
        showLive();
        split = heatmap.isVisible();
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        params.setTransform(new Scale(s, s));
        if (split) {
            under.shoot(floorplan, params, s, area, width, height);
            over.shoot(pipeline, params, s, area, width, height);
        } else {
            under.shoot(content, params, s, area, width, height);
            over.clear();
        }
        hideLive();
        active = true;
        content.setStill(true);
    }

    /** A layer's bounds in world coordinates (the content group has no transform of its own). */
    private Bounds worldBounds(Node layer) {
        return layer == content ? content.getBoundsInLocal() : layer.getBoundsInParent();
    }

    private void showLive() {
        content.setOpacity(1);
        floorplan.setOpacity(1);
        pipeline.setOpacity(1);
    }

    private void hideLive() {
        if (split) {
            floorplan.setOpacity(0);
            pipeline.setOpacity(0);
        } else {
            content.setOpacity(0);
        }
    }

    /** Back to the live layers (the gesture ended, or something needs them). */
    public void stop() {
        idle.stop();
        movingFrames = 0;
        stillFrames = 0;
        moved = false;
        lastScale = Double.NaN;
        if (listeningScene != null) {
            listeningScene.removePreLayoutPulseListener(onPulse);
            listeningScene = null;
        }
        cancelRefill();
        if (!active) {
            return;
        }
        active = false;
        content.setStill(false);
        syncLayers.run();
        showLive();
        composite.hide();
        resampledUnder.hide();
        heatmap.setDrawnHere(true);
        for (Bitmap b : new Bitmap[] {overviewUnder, detailUnder, overviewOver, detailOver}) {
            b.clear();
        }
    }

    /** How long after the last viewport change the bitmap stays (tests lengthen it to look at the bitmap). */
    public void setSettle(Duration settle) {
        idle.setDuration(settle);
    }

    /** On (default): continuous pans and zooms move a bitmap of the layers; off: layers are always drawn live. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** Whether a bitmap stands in for the layers right now. */
    public boolean isActive() {
        return active;
    }

    /** How many detail bitmaps were drawn so far (for tests and benchmarks: each is one full render of the view). */
    public int snapshotCount() {
        return snapshots;
    }

    /**
     * How many times a pan's successor bitmap was swapped in (drawn strip by strip over several frames,
     * copying what the shown one held; not counted in {@link #snapshotCount()}).
     */
    public int refillCount() {
        return refills;
    }

    /** How many frames drew a strip of a refill so far (for benchmarks: the frames that pay for a pan's new pixels). */
    public int stripFrameCount() {
        return strips;
    }

    /** How many overviews were drawn so far (one render of the whole plan at a small scale each). */
    public int overviewCount() {
        return overviews;
    }

    /** The scale the current detail bitmap was drawn at (NaN when none is shown). */
    public double bitmapScale() {
        return active ? detailUnder.scale : Double.NaN;
    }

    /** Whether the heat is drawn at screen resolution right now, with the bitmaps (a gesture over a shown heatmap). */
    public boolean isHeatDrawnOnScreen() {
        return composite.isShown();
    }

    /**
     * Whether the screen shows the view as it is now: false while a frame drawn in Java (resampled, or flattened
     * with the heat) is still being drawn off the JavaFX thread; it is shown at a later pulse.
     */
    public boolean isScreenCurrent() {
        return composite.isCurrent() && resampledUnder.isCurrent();
    }

    /**
     * How many screen frames drawn in Java (bitmaps resampled to a zoom, or flattened with the heat) were drawn on the
     * JavaFX thread: the first of each run of them in a gesture; the rest are drawn on a worker.
     */
    public int screenFramesDrawnOnFxThread() {
        return composite.drawnHereCount() + resampledUnder.drawnHereCount();
    }

    /** How many screen frames drawn in Java (resampled, or flattened with the heat) were shown so far. */
    public int screenFramesShown() {
        return composite.drawCount() + resampledUnder.drawCount();
    }

    /** Whether the overview is shown right now (a zoom-out uncovered the detail bitmap's edges). */
    public boolean isOverviewShown() {
        return active && (resampledUnder.isShown() || composite.isShown()) && overviewUnder.image() != null
                && !detailUnder.covers(visibleWorld());
    }

    /** Whether the frame shown was resampled coarsely (nearest pixels: a zoom moved in it; smoothed once the view rests). */
    public boolean isCoarse() {
        return resampledUnder.isCoarse() || composite.isCoarse();
    }

    /** Whether the bitmaps are shown resampled to a zoom (rather than copied at their own scale). */
    public boolean isResampled() {
        return resampledUnder.isShown()
                || composite.isShown() && Math.abs(viewport.getScale() / detailUnder.scale - 1) > 1e-9;
    }

    /** One image view showing a picture of part of the world at a given scale, placed by the viewport. */
    private final class Bitmap {
        final ImageView view;
        double scale = Double.NaN;
        /** What the bitmap stands for (the view plus its margin when drawn); it holds the part with content. */
        Rectangle2D area;
        Rectangle2D world;
        private ScreenResampler.Picture picture;
        private int[] argb = new int[0];
        /** A pixel array no longer shown, for the next refill to draw into. */
        int[] spare;

        Bitmap(ImageView view) {
            this.view = view;
            view.setMouseTransparent(true);
            view.setVisible(false);
            // Keep bilinear sampling for zooms: nearest-neighbour measured 4.8x slower on the software renderer.
            view.setSmooth(true);
        }

        WritableImage image() {
            return (WritableImage) view.getImage();
        }

        /**
         * Draws {@code layer} over {@code a} (width × height pixels at scale s), trimmed to the pixels the layer
         * can touch: outside the plan and the stages there is nothing to copy or resample each frame.
         */
        void shoot(Node layer, SnapshotParameters params, double s, Rectangle2D a, int width, int height) {
            scale = s;
            area = a;
            picture = null;
            int[] trim = ShiftedBitmap.trim(worldBounds(layer), a, s, width, height);
            if (trim == null) {
                view.setImage(null);
                world = null;
                return;
            }
            int x0 = trim[0];
            int y0 = trim[1];
            int w = trim[2] - x0;
            int h = trim[3] - y0;
            world = new Rectangle2D(a.getMinX() + x0 / s, a.getMinY() + y0 / s, w / s, h / s);
            params.setViewport(new Rectangle2D(a.getMinX() * s + x0, a.getMinY() * s + y0, w, h));
            WritableImage reuse = view.getImage() instanceof WritableImage old
                    && (int) old.getWidth() == w && (int) old.getHeight() == h ? old : null;
            view.setImage(layer.snapshot(params, reuse));
        }

        /** The bitmap's pixels for the resampler, read from the image once per drawing. */
        ScreenResampler.Picture picture() {
            WritableImage image = image();
            if (picture == null && image != null) {
                int w = (int) image.getWidth();
                int h = (int) image.getHeight();
                if (argb.length < w * h || composite.reads(argb) || resampledUnder.reads(argb)) {
                    argb = new int[w * h]; // the composite's worker may still be reading the old pixels
                }
                image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), argb, 0, w);
                picture = new ScreenResampler.Picture(argb, w, h, scale, world.getMinX(), world.getMinY());
            }
            return picture;
        }

        /** The spare pixel array if nothing reads it any more (the composite's worker may still draw a frame from it). */
        int[] writableSpare() {
            return composite.reads(spare) || resampledUnder.reads(spare) ? null : spare;
        }

        /** Shows a successor drawn by a refill (same scale, moved area); the old pixels become the spare. */
        void adopt(ShiftedBitmap next) {
            view.setImage(next.image());
            scale = next.scale();
            area = next.area();
            world = next.world();
            picture = next.picture();
            if (next.pixels() != argb) {
                spare = argb;
                argb = next.pixels();
            }
        }

        boolean covers(Rectangle2D visible) {
            return area != null && area.contains(visible);
        }

        /** Puts the bitmap where the world it shows is on screen now (hidden if not wanted or empty). */
        void place(boolean wanted) {
            if (!wanted || view.getImage() == null) {
                view.setVisible(false);
                return;
            }
            Point2D at = viewport.worldToScreen(world.getMinX(), world.getMinY());
            double k = viewport.getScale() / scale;
            if (Math.abs(k - 1) < 1e-9) {
                view.setFitWidth(0);
                view.setFitHeight(0);
                view.setX(Math.rint(at.getX()));
                view.setY(Math.rint(at.getY()));
            } else {
                view.setFitWidth(view.getImage().getWidth() * k);
                view.setFitHeight(view.getImage().getHeight() * k);
                view.setX(at.getX());
                view.setY(at.getY());
            }
            view.setVisible(true);
        }

        void clear() {
            view.setVisible(false);
            view.setImage(null);
            world = null;
            area = null;
            scale = Double.NaN;
            picture = null;
            spare = null;
        }
    }
}
