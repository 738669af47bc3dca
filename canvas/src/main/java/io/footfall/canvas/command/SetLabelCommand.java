package io.footfall.canvas.command;

import io.footfall.canvas.model.GraphNode;

/** Changes the label shown on a stage (null: show the stage type's label). */
public final class SetLabelCommand implements Command {
    private final GraphNode node;
    private final String label;
    private String before;

    public SetLabelCommand(GraphNode node, String label) {
        this.node = node;
        this.label = label;
    }

    @Override
    public void execute() {
        before = node.getLabel();
        node.setLabel(label);
    }

    @Override
    public void undo() {
        node.setLabel(before);
    }

    @Override
    public String description() {
        return "relabel " + node.getName();
    }
}
