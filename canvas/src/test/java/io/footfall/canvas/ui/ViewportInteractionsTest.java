package io.footfall.canvas.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;

class ViewportInteractionsTest extends CanvasUiTestBase {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void wheelZoomKeepsThePointUnderThePointerFixed(FxRobot robot) {
        Point2D local = new Point2D(430, 260);
        Point2D worldBefore = canvas.viewport().screenToWorld(local.getX(), local.getY());
        double scaleBefore = canvas.viewport().getScale();
        robot.moveTo(canvas.localToScreen(local));
        robot.scroll(3, VerticalDirection.UP);
        robotIdle(robot);
        assertThat(canvas.viewport().getScale()).isNotEqualTo(scaleBefore);
        Point2D worldAfter = canvas.viewport().screenToWorld(local.getX(), local.getY());
        assertThat(worldAfter.getX()).isCloseTo(worldBefore.getX(), within(1e-6));
        assertThat(worldAfter.getY()).isCloseTo(worldBefore.getY(), within(1e-6));
        robot.scroll(6, VerticalDirection.DOWN);
        robotIdle(robot);
        Point2D worldBack = canvas.viewport().screenToWorld(local.getX(), local.getY());
        assertThat(worldBack.getX()).isCloseTo(worldBefore.getX(), within(1e-6));
    }

    @Test
    void rightDragAndSpaceDragPanWithoutChangingTheSelection(FxRobot robot) {
        double tx = canvas.viewport().translateXProperty().get();
        robot.drag(canvasPoint(600, 500), MouseButton.SECONDARY).moveBy(40, 0).moveBy(40, 10).drop();
        robotIdle(robot);
        assertThat(canvas.viewport().translateXProperty().get()).isEqualTo(tx + 80);
        robot.clickOn(canvasPoint(600, 500));
        robot.press(KeyCode.SPACE);
        robot.drag(canvasPoint(600, 500), MouseButton.PRIMARY).moveBy(-30, 0).moveBy(-30, 0).drop();
        robot.release(KeyCode.SPACE);
        robotIdle(robot);
        assertThat(canvas.viewport().translateXProperty().get()).isEqualTo(tx + 20);
        assertThat(canvas.selection().isEmpty()).isTrue();
    }

    @Test
    void fitShowsTheWholeMallAndPlusMinusZoomAroundTheCentre(FxRobot robot) {
        robot.clickOn(canvasPoint(600, 700));
        robot.type(KeyCode.F);
        robotIdle(robot);
        var plan = canvas.floorplanLayer().localToScene(canvas.floorplanLayer().getBoundsInLocal());
        var view = canvas.localToScene(canvas.getLayoutBounds());
        assertThat(view.contains(plan)).isTrue();
        assertThat(plan.getWidth()).isGreaterThan(view.getWidth() * 0.4);
        double scale = canvas.viewport().getScale();
        robot.type(KeyCode.EQUALS);
        robotIdle(robot);
        assertThat(canvas.viewport().getScale()).isCloseTo(scale * 1.25, within(1e-9));
        robot.type(KeyCode.MINUS);
        robotIdle(robot);
        assertThat(canvas.viewport().getScale()).isCloseTo(scale, within(1e-9));
    }
}
