package io.footfall.canvas.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.canvas.clipboard.StageClipboard;
import io.footfall.canvas.model.GraphModel;
import io.footfall.canvas.model.GraphNode;
import io.footfall.canvas.testing.CanvasTestStages;
import io.footfall.canvas.testing.TestPipelines;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.StageInstance.Position;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CommandStackTest {
    private final GraphModel model = GraphModel.of(TestPipelines.sample(), TestPipelines.registry());
    private final CommandStack stack = new CommandStack();

    private GraphNode n(String name) {
        return model.node(name).orElseThrow();
    }

    /** Every kind of edit: undo, redo, undo again must land on exactly the same definitions. */
    private void assertUndoRedoUndo(Function<GraphModel, Command> edit) {
        PipelineDefinition before = model.toDefinition();
        stack.execute(edit.apply(model));
        PipelineDefinition after = model.toDefinition();
        assertThat(after).isNotEqualTo(before);
        stack.undo();
        assertThat(model.toDefinition()).isEqualTo(before);
        stack.redo();
        assertThat(model.toDefinition()).isEqualTo(after);
        stack.undo();
        assertThat(model.toDefinition()).isEqualTo(before);
    }

    @Test
    void add() {
        assertUndoRedoUndo(m -> new AddNodeCommand(m, m.createNode(CanvasTestStages.PARSER, 1, 1)));
    }

    @Test
    void deleteSeveralStagesWithTheirEdgesIsOneStep() {
        assertUndoRedoUndo(m -> GraphCommands.delete(m, List.of(n("parse"), n("count")), List.of()));
        stack.redo();
        assertThat(model.nodes()).extracting(GraphNode::getName).doesNotContain("parse", "count");
        assertThat(model.edges()).noneMatch(e -> e.touches(n("route")) && e.lane().equals("inside"));
        assertThat(stack.undoSize()).isEqualTo(1);
    }

    @Test
    void moveSeveralStagesIsOneStep() {
        assertUndoRedoUndo(m -> new MoveNodesCommand(Map.of(n("parse"), new Position(30, 40), n("route"), new Position(50, 40))));
    }

    @Test
    void connectAndDisconnect() {
        assertUndoRedoUndo(m -> GraphCommands.connect(m, n("route"), "outside", n("count")).command().orElseThrow());
        assertUndoRedoUndo(m -> new DisconnectCommand(m, m.edges().get(2)));
    }

    @Test
    void changeConfigLabelAndName() {
        assertUndoRedoUndo(m -> new SetConfigCommand(n("route"), "routes", List.of("a", "b", "c")));
        assertUndoRedoUndo(m -> new SetLabelCommand(n("parse"), "Parse sightings"));
        assertUndoRedoUndo(m -> new RenameCommand(m, n("parse"), "decode"));
    }

    @Test
    void pasteRenamesOnClashAndKeepsInternalEdges() {
        var copied = StageClipboard.fromJson(StageClipboard.toJson(
                StageClipboard.capture(List.of(n("parse"), n("route")), model.edges()))).orElseThrow();
        assertThat(copied.edges()).hasSize(1);
        assertUndoRedoUndo(m -> GraphCommands.paste(m, copied.stages(), copied.edges(), 0, 20).command());
        stack.redo();
        assertThat(model.node("parse2")).isPresent();
        assertThat(model.node("route2")).isPresent();
        assertThat(model.toDefinition().edges()).contains(new io.footfall.runtime.pipeline.Edge("parse2", "output", "route2"));
        assertThat(model.node("parse2").orElseThrow().getY()).isEqualTo(25);
    }

    @Test
    void stateTracksUndoRedoAndSavePoint() {
        assertThat(stack.canUndoProperty().get()).isFalse();
        stack.execute(new SetLabelCommand(n("parse"), "A"));
        stack.markSaved();
        stack.execute(new SetLabelCommand(n("parse"), "B"));
        assertThat(stack.dirtyProperty().get()).isTrue();
        assertThat(stack.undoDescriptionProperty().get()).isEqualTo("relabel parse");
        stack.undo();
        assertThat(stack.dirtyProperty().get()).isFalse();
        assertThat(stack.canRedoProperty().get()).isTrue();
        stack.execute(new SetLabelCommand(n("parse"), "C"));
        assertThat(stack.canRedoProperty().get()).isFalse();
    }

    @Test
    void anApplicationCommandJoinsACanvasEditInOneStep() {
        String[] sideEffect = {"none"};
        Command appCommand = new Command() {
            public void execute() { sideEffect[0] = "validated"; }
            public void undo() { sideEffect[0] = "none"; }
            public String description() { return "validate"; }
        };
        PipelineDefinition before = model.toDefinition();
        stack.execute(new CompositeCommand("add and validate",
                List.of(new AddNodeCommand(model, model.createNode(CanvasTestStages.TRASH, 0, 0)), appCommand)));
        assertThat(sideEffect[0]).isEqualTo("validated");
        stack.undo();
        assertThat(sideEffect[0]).isEqualTo("none");
        assertThat(model.toDefinition()).isEqualTo(before);
    }
}
