package io.footfall.app.document;

import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.pipeline.Edge;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.StageInstance;
import io.footfall.runtime.stage.StageRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Turns a surface's gestures into undoable edits, refusing connections the stage types do not allow. */
public final class DocumentSurfaceEdits {
    private final PipelineEditing document;
    private final StageRegistry registry;

    public DocumentSurfaceEdits(PipelineEditing document, StageRegistry registry) {
        this.document = document;
        this.registry = registry;
    }

    public String addStage(String typeId, double x, double y) {
        Optional<StageDefinition> type = registry.find(typeId);
        if (type.isEmpty()) {
            return null;
        }
        List<String> before = document.current().stages().stream().map(StageInstance::name).toList();
        document.execute("Add " + type.get().label(), PipelineEdits.addStage(type.get(), x, y));
        return document.current().stages().stream().map(StageInstance::name).filter(n -> !before.contains(n))
                .findFirst().orElse(null);
    }

    public void moveStage(String name, double x, double y) {
        document.execute("Move " + name, PipelineEdits.moveStage(name, x, y));
    }

    public String connect(String from, String lane, String to) {
        Optional<String> refused = whyNot(document.current(), from, lane, to);
        if (refused.isPresent()) {
            return refused.get();
        }
        document.execute("Connect " + from + " → " + to, PipelineEdits.connect(from, lane, to));
        return null;
    }

    /** The reason a connection is not allowed, or empty when it is. */
    Optional<String> whyNot(PipelineDefinition p, String from, String lane, String to) {
        if (from.equals(to)) {
            return Optional.of("A stage cannot feed itself.");
        }
        Optional<StageInstance> src = p.stage(from);
        Optional<StageInstance> dst = p.stage(to);
        if (src.isEmpty() || dst.isEmpty()) {
            return Optional.of("Both ends must be stages of this pipeline.");
        }
        Optional<StageDefinition> srcType = registry.find(src.get().type());
        Optional<StageDefinition> dstType = registry.find(dst.get().type());
        if (dstType.isPresent() && !dstType.get().hasInput()) {
            return Optional.of(to + " is an origin; origins take no input.");
        }
        if (srcType.isPresent()) {
            List<String> lanes = new ArrayList<>(srcType.get().outputLanes(src.get().config()));
            if (srcType.get().producesEvents()) {
                lanes.add(StageDefinition.EVENT_LANE);
            }
            if (!lanes.contains(lane)) {
                return Optional.of(from + " has no output lane '" + lane + "'.");
            }
        }
        if (p.edges().contains(new Edge(from, lane, to))) {
            return Optional.of(from + " is already connected to " + to + ".");
        }
        if (reaches(p, to, from)) {
            return Optional.of("Connecting " + from + " to " + to + " would make a cycle.");
        }
        return Optional.empty();
    }

    private static boolean reaches(PipelineDefinition p, String start, String target) {
        List<String> todo = new ArrayList<>(List.of(start));
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            String s = todo.remove(todo.size() - 1);
            if (s.equals(target)) {
                return true;
            }
            if (seen.add(s)) {
                p.edges().stream().filter(e -> e.from().equals(s)).forEach(e -> todo.add(e.to()));
            }
        }
        return false;
    }

    public void disconnect(Edge edge) {
        document.execute("Disconnect " + edge.from() + " → " + edge.to(), PipelineEdits.disconnect(edge));
    }

    public void delete(Collection<String> stageNames) {
        if (!stageNames.isEmpty()) {
            document.execute(stageNames.size() == 1 ? "Delete " + stageNames.iterator().next()
                    : "Delete " + stageNames.size() + " stages", PipelineEdits.removeStages(stageNames));
        }
    }
}
