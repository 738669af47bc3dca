package io.footfall.canvas.view;

import javafx.scene.Group;

/**
 * A group whose descendants can be left out of the scene's per-frame bounds pass while nothing in them
 * changes. JavaFX visits every node of the scene in every pulse ({@code Parent.updateBounds} recurses into
 * all children whether or not anything changed); with the large mall and 500 stages that is some ten
 * thousand nodes, and JFR put about half of the JavaFX thread's time in a gesture frame there, while the
 * layers were not even painted (a bitmap stood in for them). While {@link #setStill(boolean) still}, the
 * pass skips this group unless its bounds were invalidated since the last pass: any change of geometry,
 * transform or visibility below invalidates them on its way up, and then that frame's pass is a full
 * one, so nothing is synchronised to the renderer with stale bounds. Picking is unaffected (it computes
 * bounds itself).
 *
 * <p>Relies on {@code Parent.updateBounds()} being protected (JavaFX 21); a JavaFX that closes it fails
 * to compile here rather than misbehave.
 */
public class StillGroup extends Group {
    private boolean still;
    private boolean changed = true;

    public StillGroup() {
        boundsInLocalProperty().addListener(o -> changed = true);
    }

    /** While true, frames in which nothing below changed skip this group in the bounds pass. */
    public void setStill(boolean still) {
        this.still = still;
        changed = true;
    }

    public boolean isStill() {
        return still;
    }

    @Override
    protected void updateBounds() {
        if (still && !changed) {
            return;
        }
        super.updateBounds();
        if (still) {
            changed = false;
            // Validates the bounds, so that the next change below invalidates them again and is noticed.
            getBoundsInLocal();
        }
    }
}
