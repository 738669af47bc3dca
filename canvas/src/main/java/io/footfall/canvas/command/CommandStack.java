package io.footfall.canvas.command;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one undo/redo history of a canvas. The canvas's own edits and the application's commands go on
 * the same stack, so "undo" always undoes the last thing the user did. {@link #revisionProperty()}
 * changes on every execute, undo and redo; compare it with {@link #markSaved()} to show unsaved changes.
 */
public final class CommandStack {
    private static final int LIMIT = 1000;
    private final Deque<Command> undoable = new ArrayDeque<>();
    private final Deque<Command> redoable = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private long nextRevision = 1;
    /** The revision after each command on the undo stack, so undoing back to a save point is "clean". */
    private final Deque<Long> undoRevisions = new ArrayDeque<>();
    private final Deque<Long> redoRevisions = new ArrayDeque<>();
    private long savedRevision;

    /** Runs the command and records it. */
    public void execute(Command command) {
        command.execute();
        push(command);
    }

    /** Records a command whose effect is already visible (a drag that moved nodes live); does not run it. */
    public void push(Command alreadyDone) {
        undoable.push(alreadyDone);
        long r = nextRevision++;
        undoRevisions.push(r);
        if (undoable.size() > LIMIT) {
            undoable.removeLast();
            undoRevisions.removeLast();
        }
        redoable.clear();
        redoRevisions.clear();
        changed(r);
    }

    public boolean undo() {
        if (undoable.isEmpty()) {
            return false;
        }
        Command c = undoable.pop();
        Long r = undoRevisions.pop();
        c.undo();
        redoable.push(c);
        redoRevisions.push(r);
        changed(undoRevisions.isEmpty() ? 0 : undoRevisions.peek());
        return true;
    }

    public boolean redo() {
        if (redoable.isEmpty()) {
            return false;
        }
        Command c = redoable.pop();
        Long r = redoRevisions.pop();
        c.redo();
        undoable.push(c);
        undoRevisions.push(r);
        changed(r);
        return true;
    }

    /** Forgets the history (a file was opened). */
    public void clear() {
        undoable.clear();
        redoable.clear();
        undoRevisions.clear();
        redoRevisions.clear();
        savedRevision = 0;
        changed(0);
    }

    /** The current state is what is on disk. */
    public void markSaved() {
        savedRevision = revision.get();
        dirty.set(false);
    }

    private void changed(long current) {
        revision.set(current);
        dirty.set(current != savedRevision);
        canUndo.set(!undoable.isEmpty());
        canRedo.set(!redoable.isEmpty());
        undoDescription.set(undoable.isEmpty() ? "" : undoable.peek().description());
        redoDescription.set(redoable.isEmpty() ? "" : redoable.peek().description());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    /** Identifies the current state: equal revisions mean equal documents. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public int undoSize() {
        return undoable.size();
    }
}
