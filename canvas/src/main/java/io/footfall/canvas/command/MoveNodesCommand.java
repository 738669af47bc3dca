package io.footfall.canvas.command;

import io.footfall.canvas.model.GraphNode;
import io.footfall.runtime.pipeline.StageInstance.Position;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Moves one or more nodes as one step. A mouse drag moves the nodes live and pushes this command when
 * the button is released, so {@code before} is where the drag started.
 */
public final class MoveNodesCommand implements Command {
    private record Before(Position position, boolean positioned) {
    }

    private final Map<GraphNode, Before> before = new LinkedHashMap<>();
    private final Map<GraphNode, Position> after;

    /** Captures the nodes' current positions as the "before" state. */
    public MoveNodesCommand(Map<GraphNode, Position> after) {
        this.after = new LinkedHashMap<>(after);
        after.keySet().forEach(n -> before.put(n, new Before(new Position(n.getX(), n.getY()), n.isPositioned())));
    }

    /** For a move already shown on screen: {@code start} holds where each node was. */
    public static MoveNodesCommand alreadyMoved(Map<GraphNode, Position> start) {
        Map<GraphNode, Position> now = new LinkedHashMap<>();
        start.keySet().forEach(n -> now.put(n, new Position(n.getX(), n.getY())));
        MoveNodesCommand c = new MoveNodesCommand(now);
        start.forEach((n, p) -> c.before.put(n, new Before(p, true)));
        return c;
    }

    @Override
    public void execute() {
        after.forEach((n, p) -> n.moveTo(p.x(), p.y(), true));
    }

    @Override
    public void undo() {
        before.forEach((n, b) -> n.moveTo(b.position().x(), b.position().y(), b.positioned()));
    }

    @Override
    public String description() {
        return after.size() == 1 ? "move " + after.keySet().iterator().next().getName() : "move " + after.size() + " stages";
    }

    public boolean changesAnything() {
        return after.entrySet().stream().anyMatch(e -> !e.getValue().equals(before.get(e.getKey()).position()));
    }
}
