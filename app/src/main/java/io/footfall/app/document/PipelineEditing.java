package io.footfall.app.document;

import io.footfall.runtime.pipeline.PipelineDefinition;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The pipeline being edited and its one undo/redo stack. The canvas implements it over its own command
 * stack (so the studio's property changes and the canvas's gestures undo in one sequence);
 * {@link EditHistory} is the plain implementation.
 */
public interface PipelineEditing {

    PipelineDefinition current();

    /** Changes after every edit, undo, redo and reset. */
    ReadOnlyObjectProperty<PipelineDefinition> currentProperty();

    /** Any edit, as one undoable step; an edit that changes nothing leaves no step. */
    void execute(String description, UnaryOperator<PipelineDefinition> edit);

    /** One configuration value of one stage (null removes it), as one undoable step. */
    default void setConfig(String stage, String key, Object value) {
        execute("change " + stage + " " + key, PipelineEdits.setConfig(stage, key, value));
    }

    void undo();

    void redo();

    /** Starts over with another pipeline (a file was opened): nothing to undo. */
    void reset(PipelineDefinition pipeline);

    ReadOnlyBooleanProperty canUndoProperty();

    ReadOnlyBooleanProperty canRedoProperty();

    ReadOnlyStringProperty undoDescriptionProperty();

    ReadOnlyStringProperty redoDescriptionProperty();
}
