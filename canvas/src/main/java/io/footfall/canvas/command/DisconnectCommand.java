package io.footfall.canvas.command;

import io.footfall.canvas.model.GraphEdge;
import io.footfall.canvas.model.GraphModel;

/** Removes an edge; undo puts it back at the same place in the file's edge list. */
public final class DisconnectCommand implements Command {
    private final GraphModel model;
    private final GraphEdge edge;
    private int index;

    public DisconnectCommand(GraphModel model, GraphEdge edge) {
        this.model = model;
        this.edge = edge;
    }

    @Override
    public void execute() {
        index = model.edges().indexOf(edge);
        if (index < 0) {
            throw new IllegalStateException("no edge " + edge.toEdge() + " to remove");
        }
        model.edges().remove(index);
    }

    @Override
    public void undo() {
        model.edges().add(index, edge);
    }

    @Override
    public String description() {
        return "disconnect " + edge.from().getName() + " → " + edge.to().getName();
    }
}
