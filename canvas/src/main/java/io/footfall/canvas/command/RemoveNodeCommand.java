package io.footfall.canvas.command;

import io.footfall.canvas.model.GraphModel;
import io.footfall.canvas.model.GraphNode;

/** Removes a node that has no edges left (see {@link GraphCommands#delete}); undo puts it back at its place. */
public final class RemoveNodeCommand implements Command {
    private final GraphModel model;
    private final GraphNode node;
    private int index;

    public RemoveNodeCommand(GraphModel model, GraphNode node) {
        this.model = model;
        this.node = node;
    }

    @Override
    public void execute() {
        if (!model.edgesOf(node).isEmpty()) {
            throw new IllegalStateException("'" + node.getName() + "' still has edges; disconnect them first");
        }
        index = model.nodes().indexOf(node);
        model.nodes().remove(index);
    }

    @Override
    public void undo() {
        model.nodes().add(index, node);
    }

    @Override
    public String description() {
        return "delete " + node.getName();
    }
}
