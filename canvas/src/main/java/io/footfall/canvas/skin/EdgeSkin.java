package io.footfall.canvas.skin;

import io.footfall.canvas.model.GraphEdge;
import javafx.scene.Node;

/** The view of one edge; follows its nodes by itself. */
public interface EdgeSkin {
    /** Key in {@code Node.getProperties()} under which the root carries its skin. */
    String KEY = "footfall.edgeSkin";

    GraphEdge edge();

    Node root();

    void setSelected(boolean selected);

    /** Recomputes the geometry from the nodes' anchors. */
    void update();

    default void setZoom(double scale) {
    }

    void dispose();
}
