package io.footfall.app.document;

import io.footfall.runtime.pipeline.PipelineDefinition;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The undo/redo stack of one pipeline. Pipeline definitions are immutable, so each step keeps the
 * definition before and after it; a step is one user gesture (a drag, a multi-delete, one property change).
 * The real canvas brings its own command stack; {@link io.footfall.app.surface.PipelineSurface} adapts it.
 */
public final class EditHistory {
    private record Step(String description, PipelineDefinition before, PipelineDefinition after) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<PipelineDefinition> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");
    /** Bumped on every change of {@link #current}; the document compares it with the saved revision. */
    private long revision;

    public EditHistory(PipelineDefinition initial) {
        current.set(Objects.requireNonNull(initial));
    }

    /** Applies an edit as one undoable step; an edit that changes nothing leaves no step. */
    public void execute(String description, UnaryOperator<PipelineDefinition> edit) {
        PipelineDefinition before = current.get();
        PipelineDefinition after = Objects.requireNonNull(edit.apply(before), "an edit must return a pipeline");
        if (after.equals(before)) {
            return;
        }
        undo.push(new Step(description, before, after));
        redo.clear();
        move(after);
    }

    public void undo() {
        if (!undo.isEmpty()) {
            Step s = undo.pop();
            redo.push(s);
            move(s.before());
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            Step s = redo.pop();
            undo.push(s);
            move(s.after());
        }
    }

    /** Starts over with a new pipeline (a file was opened); nothing to undo. */
    public void reset(PipelineDefinition pipeline) {
        undo.clear();
        redo.clear();
        move(pipeline);
    }

    private void move(PipelineDefinition to) {
        revision++;
        current.set(to);
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoDescription.set(undo.isEmpty() ? "" : undo.peek().description());
        redoDescription.set(redo.isEmpty() ? "" : redo.peek().description());
    }

    public long revision() {
        return revision;
    }

    public PipelineDefinition current() {
        return current.get();
    }

    public ReadOnlyObjectProperty<PipelineDefinition> currentProperty() {
        return current.getReadOnlyProperty();
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
}
