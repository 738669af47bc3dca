package io.footfall.canvas.skin;

import io.footfall.canvas.model.GraphEdge;
import io.footfall.canvas.model.GraphNode;

/** Finds the view of a model element; null when it has none (not on this canvas). */
public interface SkinLookup {
    NodeSkin nodeSkin(GraphNode node);

    EdgeSkin edgeSkin(GraphEdge edge);
}
