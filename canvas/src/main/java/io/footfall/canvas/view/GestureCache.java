package io.footfall.canvas.view;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.CacheHint;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * Optional (off by default: on the software renderer it measured no faster for pans and made the first
 * frames of a zoom slow, see BENCHMARKS.md). Meant for pans and zooms over big scenes: while the viewport moves, the heavy layers are drawn
 * once into a bitmap and that bitmap is moved and scaled (JavaFX node caching with {@link CacheHint#SPEED});
 * a moment after the viewport stops they are drawn normally again, sharp at the new zoom. Edits are
 * not affected: outside a gesture nothing is cached, so a dragged stage only repaints its neighbourhood.
 */
public final class GestureCache {
    private final List<Node> layers;
    private final PauseTransition idle;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", false);
    private boolean active;

    public GestureCache(Viewport viewport, List<Node> layers, Duration settle) {
        this.layers = List.copyOf(layers);
        this.idle = new PauseTransition(settle);
        idle.setOnFinished(e -> stop());
        InvalidationListener moved = o -> start();
        viewport.scaleProperty().addListener(moved);
        viewport.translateXProperty().addListener(moved);
        viewport.translateYProperty().addListener(moved);
    }

    private void start() {
        if (!enabled.get()) {
            return;
        }
        if (!active) {
            active = true;
            for (Node n : layers) {
                n.setCacheHint(CacheHint.SPEED);
                n.setCache(true);
            }
        }
        idle.playFromStart();
    }

    private void stop() {
        active = false;
        for (Node n : layers) {
            n.setCache(false);
            n.setCacheHint(CacheHint.DEFAULT);
        }
    }

    /** On: pans and zooms move a bitmap of the layers; off (default): layers are always drawn live. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public boolean isActive() {
        return active;
    }
}
