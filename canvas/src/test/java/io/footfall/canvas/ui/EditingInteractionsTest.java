package io.footfall.canvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.canvas.model.GraphNode;
import io.footfall.canvas.skin.StageColors;
import io.footfall.canvas.testing.CanvasTestStages;
import io.footfall.runtime.pipeline.Edge;
import io.footfall.runtime.pipeline.PipelineDefinition;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Assumptions;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;

class EditingInteractionsTest extends CanvasUiTestBase {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void dragAStageTypeFromThePaletteOntoTheCanvas(FxRobot robot) {
        Assumptions.assumeTrue(realDisplay(), "drag-and-drop needs a real display (CI runs Xvfb)");
        int before = canvas.graphModel().nodes().size();
        Node entry = robot.lookup(n -> ("palette-" + CanvasTestStages.PARSER).equals(n.getId())).query();
        Point2D drop = canvasPoint(500, 450);
        robot.drag(entry, MouseButton.PRIMARY).moveBy(30, 0).moveTo(drop).drop();
        robotIdle(robot);
        assertThat(canvas.graphModel().nodes()).hasSize(before + 1);
        GraphNode added = canvas.graphModel().nodes().get(before);
        assertThat(added.type()).isEqualTo(CanvasTestStages.PARSER);
        assertThat(added.getName()).isEqualTo("parser");
        // Dropped where the pointer was: the node's centre is near the drop point (snapped to the 1 m grid).
        assertThat(centerOf("parser").distance(drop)).isLessThan(15);
        assertThat(canvas.selection().nodes()).containsExactly(added);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        eventually(() -> assertThat(canvas.graphModel().nodes()).hasSize(before));
    }

    @Test
    void connectTwoStagesByDraggingFromAnOutputPort(FxRobot robot) {
        PipelineDefinition before = canvas.getPipeline();
        robot.drag(outputPort("route", "outside"), MouseButton.PRIMARY).moveTo(centerOf("count")).drop();
        robotIdle(robot);
        assertThat(canvas.getPipeline().edges()).contains(new Edge("route", "outside", "count"));
        assertThat(canvas.statusProperty().get()).contains("connected route → count");
        assertThat(canvas.commandStack().undoDescriptionProperty().get()).isEqualTo("connect route → count");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        eventually(() -> assertThat(canvas.getPipeline()).isEqualTo(before));
    }

    @Test
    void aConnectionThatWouldMakeACycleIsRefusedVisibly(FxRobot robot) {
        PipelineDefinition before = canvas.getPipeline();
        robot.drag(outputPort("count", "output"), MouseButton.PRIMARY).moveTo(centerOf("parse")).drop();
        robotIdle(robot);
        assertThat(canvas.getPipeline()).isEqualTo(before);
        assertThat(canvas.statusIsErrorProperty().get()).isTrue();
        assertThat(canvas.statusProperty().get()).isEqualTo("Cannot connect: that would make a cycle: parse → route → count → parse");
        assertThat(robot.lookup("#canvas-status").queryLabeled().isVisible()).isTrue();
        assertThat(skin("parse").portShape(input(node("parse"))).getStroke()).isEqualTo(StageColors.REFUSE);
        assertThat(canvas.commandStack().canUndoProperty().get()).isFalse();
    }

    @Test
    void aConnectionIntoAnOriginIsRefused(FxRobot robot) {
        robot.drag(outputPort("parse", "output"), MouseButton.PRIMARY).moveTo(centerOf("sensors")).drop();
        robotIdle(robot);
        assertThat(canvas.getPipeline().edges()).doesNotContain(new Edge("parse", "output", "sensors"));
        assertThat(canvas.statusProperty().get()).contains("'sensors' is an origin and takes no input");
    }

    @Test
    void undoAndRedoADeleteWithTheKeyboard(FxRobot robot) {
        PipelineDefinition before = canvas.getPipeline();
        robot.clickOn(centerOf("parse"));
        robot.type(KeyCode.DELETE);
        eventually(() -> assertThat(canvas.getPipeline().stage("parse")).isEmpty());
        PipelineDefinition deleted = canvas.getPipeline();
        assertThat(canvas.skinLookup().nodeSkin(canvas.graphModel().createNode(CanvasTestStages.PARSER, 0, 0))).isNull();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        eventually(() -> assertThat(canvas.getPipeline()).isEqualTo(before));
        assertThat(canvas.skinLookup().nodeSkin(node("parse"))).isNotNull();
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        eventually(() -> assertThat(canvas.getPipeline()).isEqualTo(deleted));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        eventually(() -> assertThat(canvas.getPipeline()).isEqualTo(before));
    }

    @Test
    void rubberBandSelectsStagesAndDeleteRemovesThemInOneStep(FxRobot robot) {
        // The band runs from empty floor below the pipeline up across "store" and "discard" only.
        Point2D from = screen(new Point2D(880, 330));
        Point2D to = screen(new Point2D(990, 20));
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).drop();
        robotIdle(robot);
        assertThat(canvas.selection().nodes()).extracting(GraphNode::getName).containsExactlyInAnyOrder("store", "discard");
        PipelineDefinition before = canvas.getPipeline();
        robot.type(KeyCode.DELETE);
        eventually(() -> assertThat(canvas.getPipeline().stages()).extracting(s -> s.name()).doesNotContain("store", "discard"));
        assertThat(canvas.getPipeline().edges()).noneMatch(e -> e.to().equals("store") || e.to().equals("discard"));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        eventually(() -> assertThat(canvas.getPipeline()).isEqualTo(before));
    }

    @Test
    void draggingOneOfSeveralSelectedStagesMovesThemAllAsOneStep(FxRobot robot) {
        robot.clickOn(centerOf("parse"));
        robot.press(KeyCode.SHIFT).clickOn(centerOf("route")).release(KeyCode.SHIFT);
        robotIdle(robot);
        assertThat(canvas.selection().nodes()).extracting(GraphNode::getName).containsExactlyInAnyOrder("parse", "route");
        double parseX = node("parse").getX();
        double routeY = node("route").getY();
        Point2D start = centerOf("parse");
        robot.drag(start, MouseButton.PRIMARY).moveBy(20, 50).moveBy(20, 50).drop();
        robotIdle(robot);
        // 40 px right, 100 px down at zoom 1 is 4 m and 10 m.
        assertThat(node("parse").getX()).isEqualTo(parseX + 4);
        assertThat(node("route").getY()).isEqualTo(routeY + 10);
        assertThat(canvas.commandStack().undoDescriptionProperty().get()).isEqualTo("move 2 stages");
        canvas.commandStack();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        eventually(() -> assertThat(node("parse").getX()).isEqualTo(parseX));
        assertThat(node("route").getY()).isEqualTo(routeY);
    }

    @Test
    void copyAndPasteWithTheKeyboardRenamesTheCopies(FxRobot robot) {
        robot.clickOn(centerOf("parse"));
        robot.press(KeyCode.SHIFT).clickOn(centerOf("route")).release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        robot.moveTo(canvasPoint(300, 500));
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        robotIdle(robot);
        PipelineDefinition after = canvas.getPipeline();
        assertThat(after.stage("parse2")).isPresent();
        assertThat(after.stage("route2")).isPresent();
        assertThat(after.edges()).contains(new Edge("parse2", "output", "route2"));
        assertThat(canvas.selection().nodes()).extracting(GraphNode::getName).containsExactlyInAnyOrder("parse2", "route2");
    }
}
