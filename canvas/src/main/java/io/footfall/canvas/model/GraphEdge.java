package io.footfall.canvas.model;

import io.footfall.runtime.pipeline.Edge;
import java.util.Objects;

/**
 * Records leaving {@code from} on {@code lane} enter {@code to}. Refers to the node objects, so renaming
 * a stage keeps its edges; two edges are equal when they join the same nodes on the same lane.
 */
public record GraphEdge(GraphNode from, String lane, GraphNode to) {

    public GraphEdge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(to, "to");
    }

    public Edge toEdge() {
        return new Edge(from.getName(), lane, to.getName());
    }

    public boolean touches(GraphNode node) {
        return from == node || to == node;
    }

    /** False when the lane is not (or no longer) one of the source stage's lanes; drawn as broken. */
    public boolean laneExists() {
        return from.outputLanes().contains(lane);
    }
}
