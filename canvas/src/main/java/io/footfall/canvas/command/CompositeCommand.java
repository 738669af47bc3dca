package io.footfall.canvas.command;

import java.util.List;

/** Several commands as one undoable step (a multi-delete, a paste, a drag of several nodes plus app side effects). */
public final class CompositeCommand implements Command {
    private final String description;
    private final List<Command> parts;

    public CompositeCommand(String description, List<? extends Command> parts) {
        this.description = description;
        this.parts = List.copyOf(parts);
    }

    @Override
    public void execute() {
        parts.forEach(Command::execute);
    }

    @Override
    public void undo() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo();
        }
    }

    @Override
    public void redo() {
        parts.forEach(Command::redo);
    }

    @Override
    public String description() {
        return description;
    }

    public List<Command> parts() {
        return parts;
    }
}
