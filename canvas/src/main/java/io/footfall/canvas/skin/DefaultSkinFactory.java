package io.footfall.canvas.skin;

import io.footfall.canvas.model.GraphEdge;
import io.footfall.canvas.model.GraphNode;

/** Stage boxes coloured by kind and category, and curved edges. */
public class DefaultSkinFactory implements SkinFactory {
    @Override
    public NodeSkin createNodeSkin(GraphNode node) {
        return new StageNodeSkin(node, StageColors.accentFor(node));
    }

    @Override
    public EdgeSkin createEdgeSkin(GraphEdge edge, SkinLookup lookup) {
        return new CurvedEdgeSkin(edge, lookup);
    }
}
