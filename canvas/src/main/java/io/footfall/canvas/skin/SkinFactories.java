package io.footfall.canvas.skin;

import io.footfall.canvas.model.GraphNode;
import io.footfall.runtime.api.StageKind;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Chooses the skin factory for a node: one registered for its exact type, else for its kind, else the
 * default. The application registers special views (e.g. a chart-bearing analytics node) here.
 */
public final class SkinFactories {
    private final Map<String, SkinFactory> byType = new HashMap<>();
    private final Map<StageKind, SkinFactory> byKind = new EnumMap<>(StageKind.class);
    private SkinFactory fallback = new DefaultSkinFactory();

    public SkinFactories register(String stageType, SkinFactory factory) {
        byType.put(stageType, Objects.requireNonNull(factory));
        return this;
    }

    public SkinFactories register(StageKind kind, SkinFactory factory) {
        byKind.put(kind, Objects.requireNonNull(factory));
        return this;
    }

    public SkinFactories setFallback(SkinFactory factory) {
        this.fallback = Objects.requireNonNull(factory);
        return this;
    }

    public SkinFactory factoryFor(GraphNode node) {
        SkinFactory f = byType.get(node.type());
        if (f == null && node.kind() != null) {
            f = byKind.get(node.kind());
        }
        return f == null ? fallback : f;
    }

    /** Edges take the factory of the stage they leave. */
    public SkinFactory factoryForEdgeFrom(GraphNode from) {
        return factoryFor(from);
    }
}
