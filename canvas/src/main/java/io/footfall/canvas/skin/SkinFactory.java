package io.footfall.canvas.skin;

import io.footfall.canvas.model.GraphEdge;
import io.footfall.canvas.model.GraphNode;

/** Makes the views for a kind or type of stage; register one with {@link SkinFactories}. */
public interface SkinFactory {
    NodeSkin createNodeSkin(GraphNode node);

    EdgeSkin createEdgeSkin(GraphEdge edge, SkinLookup lookup);
}
