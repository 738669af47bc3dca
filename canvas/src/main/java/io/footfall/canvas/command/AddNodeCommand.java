package io.footfall.canvas.command;

import io.footfall.canvas.model.GraphModel;
import io.footfall.canvas.model.GraphNode;

/** Adds a stage node at the end of the model (its place in the pipeline file). */
public final class AddNodeCommand implements Command {
    private final GraphModel model;
    private final GraphNode node;
    private int index = -1;

    public AddNodeCommand(GraphModel model, GraphNode node) {
        this.model = model;
        this.node = node;
    }

    @Override
    public void execute() {
        if (model.node(node.getName()).isPresent()) {
            throw new IllegalStateException("a stage named '" + node.getName() + "' is already in the pipeline");
        }
        if (index < 0) {
            index = model.nodes().size();
        }
        model.nodes().add(index, node);
    }

    @Override
    public void undo() {
        model.nodes().remove(node);
    }

    @Override
    public String description() {
        return "add " + node.getName();
    }

    public GraphNode node() {
        return node;
    }
}
