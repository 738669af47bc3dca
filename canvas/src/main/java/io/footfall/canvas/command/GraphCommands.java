package io.footfall.canvas.command;

import io.footfall.canvas.model.GraphEdge;
import io.footfall.canvas.model.GraphModel;
import io.footfall.canvas.model.GraphNode;
import io.footfall.runtime.pipeline.Edge;
import io.footfall.runtime.pipeline.StageInstance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds the commands for the edits that need more than one step or a rule check. */
public final class GraphCommands {
    private GraphCommands() {
    }

    /** A connection, or the sentence explaining why it is refused. */
    public record ConnectResult(Optional<ConnectCommand> command, String refusal) {
        public boolean accepted() {
            return command.isPresent();
        }
    }

    public static ConnectResult connect(GraphModel model, GraphNode from, String lane, GraphNode to) {
        Optional<String> refusal = model.rules().refusal(from, lane, to);
        if (refusal.isPresent()) {
            return new ConnectResult(Optional.empty(), refusal.get());
        }
        return new ConnectResult(Optional.of(new ConnectCommand(model, new GraphEdge(from, lane, to))), null);
    }

    /** Deletes edges and nodes (with every edge touching them) as one step. */
    public static CompositeCommand delete(GraphModel model, Collection<GraphNode> nodes, Collection<GraphEdge> edges) {
        Set<GraphEdge> doomed = new LinkedHashSet<>(edges);
        for (GraphNode n : nodes) {
            doomed.addAll(model.edgesOf(n));
        }
        List<Command> parts = new ArrayList<>();
        // Model order keeps undo's re-insertion indices valid.
        model.edges().stream().filter(doomed::contains).forEach(e -> parts.add(new DisconnectCommand(model, e)));
        model.nodes().stream().filter(nodes::contains).forEach(n -> parts.add(new RemoveNodeCommand(model, n)));
        String what = nodes.isEmpty() ? plural(doomed.size(), "connection") : plural(nodes.size(), "stage");
        return new CompositeCommand("delete " + what, parts);
    }

    /** A paste: the stages get fresh names where theirs are taken and move by (dx, dy) meters. */
    public record Paste(CompositeCommand command, List<GraphNode> nodes) {
    }

    public static Paste paste(GraphModel model, List<StageInstance> stages, List<Edge> edges, double dx, double dy) {
        Map<String, GraphNode> byOldName = new HashMap<>();
        Set<String> reserved = new HashSet<>();
        List<Command> parts = new ArrayList<>();
        List<GraphNode> added = new ArrayList<>();
        for (StageInstance s : stages) {
            String name = model.uniqueName(s.name(), reserved);
            reserved.add(name);
            StageInstance.Position p = s.position() == null ? new StageInstance.Position(0, 0) : s.position();
            GraphNode node = model.createNode(s.withName(name).withPosition(new StageInstance.Position(p.x() + dx, p.y() + dy)));
            byOldName.put(s.name(), node);
            added.add(node);
            parts.add(new AddNodeCommand(model, node));
        }
        for (Edge e : edges) {
            GraphNode from = byOldName.get(e.from());
            GraphNode to = byOldName.get(e.to());
            if (from != null && to != null && from.outputLanes().contains(e.lane()) && to.hasInput() && from != to) {
                parts.add(new ConnectCommand(model, new GraphEdge(from, e.lane(), to)));
            }
        }
        return new Paste(new CompositeCommand("paste " + plural(added.size(), "stage"), parts), added);
    }

    private static String plural(int n, String word) {
        return n == 1 ? "1 " + word : n + " " + word + "s";
    }
}
