package io.footfall.canvas.command;

/**
 * One undoable edit. {@link #execute} runs it the first time, {@link #undo} reverses it exactly and
 * {@link #redo} repeats it. Commands capture what they need to undo when they are created or first
 * executed, so a stack of them can go back and forth any number of times.
 */
public interface Command {

    void execute();

    void undo();

    default void redo() {
        execute();
    }

    /** A short phrase for the Edit menu: "Undo <description>". */
    String description();
}
