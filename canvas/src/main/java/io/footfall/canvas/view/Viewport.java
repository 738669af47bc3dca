package io.footfall.canvas.view;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

/**
 * Which part of the world is on screen: {@code screen = translate + scale × world}. Zooming keeps the
 * world point under the pointer where it was; fitting centres given world bounds with a margin.
 */
public final class Viewport {
    public static final double MIN_SCALE = 0.02;
    public static final double MAX_SCALE = 8;

    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1);
    private final DoubleProperty translateX = new SimpleDoubleProperty(this, "translateX");
    private final DoubleProperty translateY = new SimpleDoubleProperty(this, "translateY");

    public Point2D screenToWorld(double sx, double sy) {
        return new Point2D((sx - translateX.get()) / scale.get(), (sy - translateY.get()) / scale.get());
    }

    public Point2D worldToScreen(double wx, double wy) {
        return new Point2D(translateX.get() + wx * scale.get(), translateY.get() + wy * scale.get());
    }

    /** Multiplies the scale by {@code factor} (clamped) around the screen point (sx, sy). */
    public void zoomAt(double factor, double sx, double sy) {
        Point2D fixed = screenToWorld(sx, sy);
        double s = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale.get() * factor));
        scale.set(s);
        translateX.set(sx - fixed.getX() * s);
        translateY.set(sy - fixed.getY() * s);
    }

    public void panBy(double dx, double dy) {
        translateX.set(translateX.get() + dx);
        translateY.set(translateY.get() + dy);
    }

    /** Shows {@code world} bounds whole and centred in a {@code width × height} view, leaving {@code margin} px. */
    public void fit(Bounds world, double width, double height, double margin) {
        if (world == null || world.isEmpty() || width <= 2 * margin || height <= 2 * margin) {
            return;
        }
        double s = Math.min((width - 2 * margin) / Math.max(1, world.getWidth()),
                (height - 2 * margin) / Math.max(1, world.getHeight()));
        s = Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
        scale.set(s);
        translateX.set(width / 2 - (world.getMinX() + world.getWidth() / 2) * s);
        translateY.set(height / 2 - (world.getMinY() + world.getHeight() / 2) * s);
    }

    public DoubleProperty scaleProperty() {
        return scale;
    }

    public DoubleProperty translateXProperty() {
        return translateX;
    }

    public DoubleProperty translateYProperty() {
        return translateY;
    }

    public double getScale() {
        return scale.get();
    }
}
