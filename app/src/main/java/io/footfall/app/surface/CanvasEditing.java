package io.footfall.app.surface;

import io.footfall.app.document.PipelineEditing;
import io.footfall.canvas.PipelineCanvas;
import io.footfall.canvas.command.Command;
import io.footfall.canvas.command.SetConfigCommand;
import io.footfall.runtime.pipeline.PipelineDefinition;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The canvas's graph and command stack seen as the studio's {@link PipelineEditing}: the studio's property
 * changes become the canvas's own SetConfigCommands, so they undo in one sequence with drags and connects.
 */
final class CanvasEditing implements PipelineEditing {
    private final PipelineCanvas canvas;
    private final ReadOnlyObjectWrapper<PipelineDefinition> current = new ReadOnlyObjectWrapper<>(this, "current");

    CanvasEditing(PipelineCanvas canvas) {
        this.canvas = canvas;
        current.set(canvas.getPipeline());
        canvas.commandStack().revisionProperty().addListener((o, a, b) -> refresh());
    }

    private void refresh() {
        PipelineDefinition now = canvas.getPipeline();
        if (!now.equals(current.get())) {
            current.set(now);
        }
    }

    @Override
    public PipelineDefinition current() {
        return current.get();
    }

    @Override
    public ReadOnlyObjectProperty<PipelineDefinition> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** A whole-pipeline edit (rare: the canvas's own commands cover the gestures) as one replace step. */
    @Override
    public void execute(String description, UnaryOperator<PipelineDefinition> edit) {
        PipelineDefinition before = current();
        PipelineDefinition after = edit.apply(before);
        if (after.equals(before)) {
            return;
        }
        canvas.commandStack().execute(new Command() {
            @Override
            public void execute() {
                canvas.graphModel().load(after);
            }

            @Override
            public void undo() {
                canvas.graphModel().load(before);
            }

            @Override
            public String description() {
                return description;
            }
        });
        refresh();
    }

    @Override
    public void setConfig(String stage, String key, Object value) {
        canvas.graphModel().node(stage).ifPresent(node -> {
            canvas.commandStack().execute(new SetConfigCommand(node, key, value));
            refresh();
        });
    }

    @Override
    public void undo() {
        canvas.commandStack().undo();
        refresh();
    }

    @Override
    public void redo() {
        canvas.commandStack().redo();
        refresh();
    }

    @Override
    public void reset(PipelineDefinition pipeline) {
        canvas.setPipeline(pipeline);
        current.set(canvas.getPipeline());
    }

    @Override
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canvas.commandStack().canUndoProperty();
    }

    @Override
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canvas.commandStack().canRedoProperty();
    }

    @Override
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return canvas.commandStack().undoDescriptionProperty();
    }

    @Override
    public ReadOnlyStringProperty redoDescriptionProperty() {
        return canvas.commandStack().redoDescriptionProperty();
    }
}
