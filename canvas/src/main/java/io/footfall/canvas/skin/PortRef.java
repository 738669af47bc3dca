package io.footfall.canvas.skin;

import io.footfall.canvas.model.GraphNode;

/**
 * A port under the pointer: a node's input ({@code lane} null) or one of its output lanes. Skins tag
 * their port shapes with it (see {@link #KEY}) so the canvas can tell what a press or release hit.
 */
public record PortRef(GraphNode node, String lane) {
    /** Key in {@code Node.getProperties()} under which a port shape carries its PortRef. */
    public static final String KEY = "footfall.port";

    public boolean isInput() {
        return lane == null;
    }
}
