package io.footfall.canvas.view;

import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.ImageView;
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
 * moving (changes in a second frame within {@code settle}), the heavy layers are drawn once into a bitmap covering
 * the window plus a margin on every side, the live layers are made transparent (opacity 0: not painted,
 * still picked by the mouse) and the bitmap is shown in screen coordinates, moved with the pans and
 * scaled with the zooms. At the scale it was drawn at it sits on whole pixels, unscaled: the software
 * renderer then copies it row by row instead of resampling it (a resampled bitmap measured no cheaper than
 * the live layers). It is redrawn when the view leaves it or a zoom magnifies it too much, and dropped
 * {@code settle} after the last change, a mouse press or a key press, when the live layers return, sharp
 * at the new zoom.
 *
 * <p>The heatmap may change every frame, so it stays live: when it is shown the floorplan and the
 * pipeline get a bitmap each, beneath and above it; when it is hidden one bitmap of the whole content
 * does. Edits made while a bitmap is shown appear when it is dropped.
 */
public final class GestureCache {
    /** The bitmap covers this fraction of the window's width and height beyond each edge. */
    private static final double MARGIN = 0.25;
    /** Zooming in further than this over the bitmap's own scale redraws it rather than blur it. */
    private static final double MAX_MAGNIFICATION = 1.5;

    private final Viewport viewport;
    private final Region host;
    private final Node content;
    private final Node floorplan;
    private final Node heatmap;
    private final Node pipeline;
    private final ImageView under;
    private final ImageView over;
    private final PauseTransition idle;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final Runnable onPulse = this::pulse;
    private Scene listeningScene;
    private int movingFrames;
    private boolean moved;
    private boolean active;
    private boolean split;
    private double shotScale;
    private Rectangle2D shotWorld;
    private int snapshots;

    /**
     * @param content   the group holding the three layers (no transform of its own), drawn whole when the heatmap is hidden
     * @param under     an empty, unmanaged view in {@code host} beneath the world, for the floorplan's or the content's bitmap
     * @param over      an empty, unmanaged view in {@code host} above the world, for the pipeline's bitmap while the heatmap shows
     */
    public GestureCache(Viewport viewport, Region host, Node content, Node floorplan, Node heatmap, Node pipeline,
            ImageView under, ImageView over, Duration settle) {
        this.viewport = viewport;
        this.host = host;
        this.content = content;
        this.floorplan = floorplan;
        this.heatmap = heatmap;
        this.pipeline = pipeline;
        this.under = under;
        this.over = over;
        for (ImageView v : new ImageView[] {under, over}) {
            v.setMouseTransparent(true);
            v.setVisible(false);
            // Keep bilinear sampling for zooms: nearest-neighbour measured 4.8x slower on the software renderer.
            v.setSmooth(true);
        }
        this.idle = new PauseTransition(settle);
        idle.setOnFinished(e -> stop());
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

    private void pulse() {
        if (!moved) {
            return;
        }
        moved = false;
        // The first frame of a gesture is drawn live: a single zoom step should not pay for a bitmap.
        if ((!active && ++movingFrames < 2) || host.getWidth() < 1 || host.getHeight() < 1) {
            return;
        }
        if (!active || !covers() || viewport.getScale() > shotScale * MAX_MAGNIFICATION) {
            draw();
        }
        place(under);
        place(over);
    }

    /** Puts a bitmap where the world it shows is on screen now. */
    private void place(ImageView view) {
        if (view.getImage() == null) {
            return;
        }
        Point2D at = viewport.worldToScreen(shotWorld.getMinX(), shotWorld.getMinY());
        double k = viewport.getScale() / shotScale;
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
    }

    private boolean covers() {
        Point2D a = viewport.screenToWorld(0, 0);
        Point2D b = viewport.screenToWorld(host.getWidth(), host.getHeight());
        return shotWorld.contains(a.getX(), a.getY()) && shotWorld.contains(b.getX(), b.getY());
    }

    /** Draws the layers around the current view into the bitmap(s) and shows them instead of the layers. */
    private void draw() {
        double s = viewport.getScale();
        // Whole screen pixels, so that a pan by whole pixels shows the bitmap unfiltered.
        double mx = Math.ceil(host.getWidth() * MARGIN);
        double my = Math.ceil(host.getHeight() * MARGIN);
        int width = (int) Math.ceil(host.getWidth() + 2 * mx);
        int height = (int) Math.ceil(host.getHeight() + 2 * my);
        Point2D origin = viewport.screenToWorld(-mx, -my);
        shotScale = s;
        shotWorld = new Rectangle2D(origin.getX(), origin.getY(), width / s, height / s);
        showLive();
        split = heatmap.isVisible();
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        params.setTransform(new Scale(s, s));
        params.setViewport(new Rectangle2D(origin.getX() * s, origin.getY() * s, width, height));
        if (split) {
            shoot(floorplan, params, under, width, height);
            shoot(pipeline, params, over, width, height);
            floorplan.setOpacity(0);
            pipeline.setOpacity(0);
        } else {
            shoot(content, params, under, width, height);
            over.setVisible(false);
            over.setImage(null);
            content.setOpacity(0);
        }
        active = true;
    }

    private void shoot(Node layer, SnapshotParameters params, ImageView view, int width, int height) {
        WritableImage reuse = view.getImage() instanceof WritableImage w
                && (int) w.getWidth() == width && (int) w.getHeight() == height ? w : null;
        WritableImage image = layer.snapshot(params, reuse);
        snapshots++;
        view.setImage(image);
        view.setVisible(true);
    }

    private void showLive() {
        content.setOpacity(1);
        floorplan.setOpacity(1);
        pipeline.setOpacity(1);
    }

    /** Back to the live layers (the gesture ended, or something needs them). */
    public void stop() {
        idle.stop();
        movingFrames = 0;
        moved = false;
        if (listeningScene != null) {
            listeningScene.removePreLayoutPulseListener(onPulse);
            listeningScene = null;
        }
        if (!active) {
            return;
        }
        active = false;
        showLive();
        for (ImageView v : new ImageView[] {under, over}) {
            v.setVisible(false);
            v.setImage(null);
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

    /** How many bitmaps were drawn so far (for tests and benchmarks: each is one full render of the view). */
    public int snapshotCount() {
        return snapshots;
    }
}
