package io.footfall.canvas.skin;

import io.footfall.canvas.model.GraphNode;
import io.footfall.runtime.api.ConfigIssue;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;

/**
 * The view of one stage node. Created by a {@link SkinFactory}; the canvas finds it through
 * {@link SkinLookup}. Anchors are in world units so edges can be drawn without waiting for layout.
 */
public interface NodeSkin {
    /** Key in {@code Node.getProperties()} under which the root carries its skin, to find it from a pick. */
    String KEY = "footfall.nodeSkin";

    /** How a port shows whether a connection being dragged may end there. */
    enum PortFeedback { NONE, ACCEPT, REFUSE }

    GraphNode node();

    Node root();

    Point2D inputAnchor();

    /** Where an edge on the lane leaves the node; the node's right middle if it has no such lane. */
    Point2D outputAnchor(String lane);

    void setSelected(boolean selected);

    /** Problems with this stage from validation; empty hides the badge. */
    void setIssues(List<ConfigIssue> issues);

    /** Live throughput while running; NaN hides the badge. */
    void setRecordsPerSecond(double recordsPerSecond);

    void setPortFeedback(PortRef port, PortFeedback feedback, String message);

    /** The zoom factor changed: skins may hide small text when it would be unreadable. */
    default void setZoom(double scale) {
    }

    /** The stage's box in world units, without badges or marker: what other stages' markers must not cover. */
    default javafx.geometry.Bounds box() {
        return root().getBoundsInParent();
    }

    /**
     * Zoomed out, a skin may draw its name as a marker of a fixed screen size beside its box: the marker's size
     * in screen pixels, or empty when it shows none at this zoom.
     */
    default java.util.Optional<javafx.geometry.Dimension2D> markerSize() {
        return java.util.Optional.empty();
    }

    /** Where the layer found room for the marker; null: nowhere, hide it. */
    default void placeMarker(MarkerSide side) {
    }

    /** The model node left the canvas: stop listening to it. */
    void dispose();
}
