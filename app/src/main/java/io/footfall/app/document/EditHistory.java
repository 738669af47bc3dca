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
 * The canvas brings its own command stack and adapts it to {@link PipelineEditing} instead.
 */
public final class EditHistory implements PipelineEditing {
    private record Step(String description, PipelineDefinition before, PipelineDefinition after) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<PipelineDefinition> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");

    public EditHistory(PipelineDefinition initial) {
        current.set(Objects.requireNonNull(initial));
    }

    @Override
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

    @Override
    public void undo() {
        if (!undo.isEmpty()) {
            Step s = undo.pop();
            redo.push(s);
            move(s.before());
        }
    }

    @Override
    public void redo() {
        if (!redo.isEmpty()) {
            Step s = redo.pop();
            undo.push(s);
            move(s.after());
        }
    }

    @Override
    public void reset(PipelineDefinition pipeline) {
        undo.clear();
        redo.clear();
        move(pipeline);
    }

    private void move(PipelineDefinition to) {
        current.set(to);
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoDescription.set(undo.isEmpty() ? "" : undo.peek().description());
        redoDescription.set(redo.isEmpty() ? "" : redo.peek().description());
    }

    @Override
    public PipelineDefinition current() {
        return current.get();
    }

    @Override
    public ReadOnlyObjectProperty<PipelineDefinition> currentProperty() {
        return current.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }
}
