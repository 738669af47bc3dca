package io.footfall.canvas.model;

import io.footfall.runtime.api.RecordKind;
import io.footfall.runtime.api.StageDefinition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What may connect, decided from the stage descriptions: a lane must exist on the source, the target
 * must take input (origins do not) and the kind of record the lane carries ({@link RecordKind}: sightings,
 * positions, visits…, followed through stages that pass their input on), no stage feeds itself, no edge is
 * added twice and the graph stays acyclic. Each refusal is a sentence the canvas shows to the user.
 */
public final class ConnectionRules {
    private final GraphModel model;

    ConnectionRules(GraphModel model) {
        this.model = model;
    }

    /** Why {@code from}'s {@code lane} may not feed {@code to}, or empty when it may. */
    public Optional<String> refusal(GraphNode from, String lane, GraphNode to) {
        if (from.outputLanes().isEmpty()) {
            return Optional.of("'" + from.getName() + "' is a destination and has no outputs");
        }
        if (!from.outputLanes().contains(lane)) {
            return Optional.of("'" + from.getName() + "' has no output lane '" + lane + "'");
        }
        if (!to.hasInput()) {
            return Optional.of("'" + to.getName() + "' is an origin and takes no input");
        }
        if (from == to) {
            return Optional.of("a stage cannot feed itself");
        }
        Optional<String> takes = to.definition().flatMap(StageDefinition::takes);
        Optional<String> sends = sends(from, lane);
        if (takes.isPresent() && sends.isPresent() && !takes.get().equals(sends.get())) {
            return Optional.of("'" + to.getName() + "' takes " + takes.get() + ", and '" + from.getName() + "' sends "
                    + sends.get() + (StageDefinition.DEFAULT_LANE.equals(lane) ? "" : " on lane '" + lane + "'"));
        }
        GraphEdge candidate = new GraphEdge(from, lane, to);
        if (model.edges().contains(candidate)) {
            return Optional.of("'" + from.getName() + "' lane '" + lane + "' already feeds '" + to.getName() + "'");
        }
        List<GraphNode> loop = path(to, from);
        if (!loop.isEmpty()) {
            StringBuilder cycle = new StringBuilder();
            loop.forEach(n -> cycle.append(n.getName()).append(" → "));
            cycle.append(to.getName());
            return Optional.of("that would make a cycle: " + cycle);
        }
        return Optional.empty();
    }

    /** The kind of record {@code node} sends on {@code lane}, given the edges on the canvas. */
    private Optional<String> sends(GraphNode node, String lane) {
        return RecordKind.sent(node, lane, GraphNode::definition, n -> model.edges().stream().filter(e -> e.to() == n)
                .map(e -> new RecordKind.Feed<>(e.from(), e.lane())).toList());
    }

    public boolean allows(GraphNode from, String lane, GraphNode to) {
        return refusal(from, lane, to).isEmpty();
    }

    /** A path of edges from {@code start} to {@code goal} (both included), or empty; breadth first. */
    private List<GraphNode> path(GraphNode start, GraphNode goal) {
        Map<GraphNode, GraphNode> cameFrom = new HashMap<>();
        Deque<GraphNode> queue = new ArrayDeque<>();
        queue.add(start);
        cameFrom.put(start, start);
        while (!queue.isEmpty()) {
            GraphNode current = queue.poll();
            if (current == goal) {
                List<GraphNode> path = new ArrayList<>();
                for (GraphNode n = goal; ; n = cameFrom.get(n)) {
                    path.add(0, n);
                    if (n == start) {
                        return path;
                    }
                }
            }
            for (GraphEdge e : model.edges()) {
                if (e.from() == current && !cameFrom.containsKey(e.to())) {
                    cameFrom.put(e.to(), current);
                    queue.add(e.to());
                }
            }
        }
        return List.of();
    }
}
