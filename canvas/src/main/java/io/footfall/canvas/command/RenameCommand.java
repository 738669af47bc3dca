package io.footfall.canvas.command;

import io.footfall.canvas.model.GraphModel;
import io.footfall.canvas.model.GraphNode;

/** Renames a stage instance; edges follow because they refer to the node, not the name. */
public final class RenameCommand implements Command {
    private final GraphModel model;
    private final GraphNode node;
    private final String newName;
    private String oldName;

    public RenameCommand(GraphModel model, GraphNode node, String newName) {
        this.model = model;
        this.node = node;
        this.newName = newName;
    }

    @Override
    public void execute() {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("a stage name cannot be empty");
        }
        if (model.node(newName).filter(n -> n != node).isPresent()) {
            throw new IllegalArgumentException("a stage named '" + newName + "' is already in the pipeline");
        }
        oldName = node.getName();
        node.setName(newName);
    }

    @Override
    public void undo() {
        node.setName(oldName);
    }

    @Override
    public String description() {
        return "rename " + oldName + " to " + newName;
    }
}
