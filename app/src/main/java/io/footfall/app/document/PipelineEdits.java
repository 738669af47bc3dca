package io.footfall.app.document;

import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.pipeline.Edge;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.StageInstance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The pure edits the studio makes to a pipeline; each returns a new definition (for {@link EditHistory}). */
public final class PipelineEdits {
    private PipelineEdits() {
    }

    /** Adds a stage of the given type with its default configuration and a fresh instance name. */
    public static UnaryOperator<PipelineDefinition> addStage(StageDefinition type, double x, double y) {
        return p -> {
            List<StageInstance> stages = new ArrayList<>(p.stages());
            stages.add(new StageInstance(freshName(p, type), type.id(), type.version(), type.label(),
                    new LinkedHashMap<>(type.defaults()), new StageInstance.Position(x, y)));
            return p.withStages(stages);
        };
    }

    /** "fileOrigin", "fileOrigin2", ...: short, readable and unique within the pipeline. */
    static String freshName(PipelineDefinition p, StageDefinition type) {
        String id = type.id();
        String last = id.substring(id.lastIndexOf('.') + 1);
        String kind = type.kind().name().toLowerCase(Locale.ROOT);
        String base = last + Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
        Set<String> taken = new HashSet<>();
        p.stages().forEach(s -> taken.add(s.name()));
        if (!taken.contains(base)) {
            return base;
        }
        int n = 2;
        while (taken.contains(base + n)) {
            n++;
        }
        return base + n;
    }

    public static UnaryOperator<PipelineDefinition> moveStage(String name, double x, double y) {
        return p -> p.withStages(p.stages().stream()
                .map(s -> s.name().equals(name) ? s.withPosition(new StageInstance.Position(x, y)) : s).toList());
    }

    public static UnaryOperator<PipelineDefinition> setConfig(String stage, String key, Object value) {
        return p -> p.withStages(p.stages().stream()
                .map(s -> s.name().equals(stage) ? s.withConfigValue(key, value) : s).toList());
    }

    /** Connects a lane; connecting the same lane twice is a no-op (so it leaves no undo step). */
    public static UnaryOperator<PipelineDefinition> connect(String from, String lane, String to) {
        return p -> {
            Edge e = new Edge(from, lane, to);
            if (p.edges().contains(e)) {
                return p;
            }
            List<Edge> edges = new ArrayList<>(p.edges());
            edges.add(e);
            return p.withEdges(edges);
        };
    }

    public static UnaryOperator<PipelineDefinition> disconnect(Edge edge) {
        return p -> p.withEdges(p.edges().stream().filter(e -> !e.equals(edge)).toList());
    }

    /** Removes stages and every edge touching them, as one step. */
    public static UnaryOperator<PipelineDefinition> removeStages(Collection<String> names) {
        Set<String> gone = Set.copyOf(names);
        return p -> p.withStages(p.stages().stream().filter(s -> !gone.contains(s.name())).toList())
                .withEdges(p.edges().stream().filter(e -> !gone.contains(e.from()) && !gone.contains(e.to())).toList());
    }
}
