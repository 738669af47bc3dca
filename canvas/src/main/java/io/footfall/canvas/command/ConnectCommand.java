package io.footfall.canvas.command;

import io.footfall.canvas.model.GraphEdge;
import io.footfall.canvas.model.GraphModel;

/** Adds an edge; the connection rules are checked by whoever builds it ({@link GraphCommands#connect}). */
public final class ConnectCommand implements Command {
    private final GraphModel model;
    private final GraphEdge edge;
    private int index = -1;

    public ConnectCommand(GraphModel model, GraphEdge edge) {
        this.model = model;
        this.edge = edge;
    }

    @Override
    public void execute() {
        if (index < 0) {
            index = model.edges().size();
        }
        model.edges().add(index, edge);
    }

    @Override
    public void undo() {
        model.edges().remove(edge);
    }

    @Override
    public String description() {
        return "connect " + edge.from().getName() + " → " + edge.to().getName();
    }

    public GraphEdge edge() {
        return edge;
    }
}
