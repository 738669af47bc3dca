package io.footfall.canvas.view;

import javafx.geometry.Rectangle2D;

/** Leaves out of the next pictures what of the layers lies outside an area of the world ({@link SpatialGroup}). */
public interface Culling {
    Culling NONE = new Culling() {
        @Override
        public void cullTo(Rectangle2D world) {
        }

        @Override
        public void uncull() {
        }
    };

    /** Only what meets {@code world} (world coordinates) is drawn until {@link #uncull()}. */
    void cullTo(Rectangle2D world);

    void uncull();
}
