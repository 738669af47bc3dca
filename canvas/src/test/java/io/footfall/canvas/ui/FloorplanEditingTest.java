package io.footfall.canvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.canvas.floorplan.FloorplanTool;
import io.footfall.canvas.testing.TestPipelines;
import io.footfall.canvas.view.WorldUnits;
import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.Point;
import io.footfall.runtime.floorplan.Sensor;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Floorplan-edit mode on the tiny mall (60 × 30 m, zoom 1: 10 px per meter), driven with the mouse and keys. */
class FloorplanEditingTest extends CanvasUiTestBase {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private Point2D at(double xMeters, double yMeters) {
        return screen(new Point2D(WorldUnits.toWorld(xMeters), WorldUnits.toWorld(yMeters)));
    }

    private Point sensor(String id) {
        return canvas.getFloorplan().sensor(id).orElseThrow().position();
    }

    @Test
    void aSensorDroppedOutsideThePlanIsRefusedWithTheValidatorsMessageAndStaysPut(FxRobot robot) {
        robot.interact(() -> canvas.floorplanEditingProperty().set(true));
        Floorplan before = canvas.getFloorplan();
        // s2 at (45, 25): dragged 20 m to the right, beyond the plan's 60 m width.
        robot.drag(at(45, 25), MouseButton.PRIMARY).moveBy(100, 0).moveBy(100, 0).drop();
        robotIdle(robot);
        assertThat(canvas.getFloorplan()).isSameAs(before);
        assertThat(canvas.statusProperty().get())
                .isEqualTo("Cannot move sensor s2: $.sensors[1].position: sensor at [65,25] is outside the plan (width 60, height 30)");
        assertThat(canvas.statusIsErrorProperty().get()).isTrue();
        assertThat(canvas.commandStack().canUndoProperty().get()).isFalse();
        // The mark went back: a second drag from where it was still finds it.
        robot.drag(at(45, 25), MouseButton.PRIMARY).moveBy(-50, 0).drop();
        robotIdle(robot);
        assertThat(sensor("s2")).isEqualTo(new Point(40, 25));
    }

    @Test
    void addDeleteAndRenameAreUndoableStepsOnTheCanvasStack(FxRobot robot) {
        robot.interact(() -> {
            canvas.floorplanEditingProperty().set(true);
            canvas.floorplanLayer().toolProperty().set(FloorplanTool.ADD_SENSOR);
            canvas.floorplanLayer().newSensorKindsProperty().set(List.of(Sensor.BLE));
        });
        robot.clickOn(at(10.3, 9.8));
        robotIdle(robot);
        assertThat(canvas.getFloorplan().sensor("s3")).contains(new Sensor("s3", new Point(10, 10), List.of("ble")));
        assertThat(canvas.floorplanLayer().selectedSensors()).containsExactly("s3");
        // A click outside the plan adds nothing and says why.
        robot.clickOn(at(30, 34));
        robotIdle(robot);
        assertThat(canvas.getFloorplan().sensors()).hasSize(3);
        assertThat(canvas.statusProperty().get()).startsWith("Cannot add sensor s4: $.sensors[3].position: sensor at [30,34] is outside the plan");

        // Escape: back to selecting; Delete removes the selected sensor.
        robot.type(KeyCode.ESCAPE);
        robot.clickOn(at(15, 25));
        robot.type(KeyCode.DELETE);
        robotIdle(robot);
        assertThat(canvas.getFloorplan().sensor("s1")).isEmpty();

        // Double-click a zone, type a name, Enter.
        robot.doubleClickOn(at(45, 8));
        robotIdle(robot);
        TextField field = robot.lookup("#zone-name-editor").queryAs(TextField.class);
        assertThat(field.isVisible()).isTrue();
        assertThat(field.getText()).isEqualTo("Cafe");
        robot.interact(field::selectAll);
        robot.write("Espresso Bar").type(KeyCode.ENTER);
        robotIdle(robot);
        assertThat(canvas.getFloorplan().zone("b").orElseThrow().name()).isEqualTo("Espresso Bar");
        assertThat(field.isVisible()).isFalse();
        assertThat(canvas.commandStack().undoDescriptionProperty().get()).isEqualTo("rename zone b");

        // An empty name is refused.
        robot.interact(() -> canvas.editZoneName("a"));
        robot.interact(field::clear);
        robot.type(KeyCode.ENTER);
        robotIdle(robot);
        assertThat(canvas.getFloorplan().zone("a").orElseThrow().name()).isEqualTo("Books");
        assertThat(canvas.statusProperty().get()).isEqualTo("Cannot rename zone a: a zone name cannot be empty");

        // Three steps back is the plan as loaded; three forward again.
        robot.interact(() -> {
            canvas.undo();
            canvas.undo();
            canvas.undo();
        });
        assertThat(canvas.getFloorplan()).isEqualTo(TestPipelines.tinyMall());
        robot.interact(() -> {
            canvas.redo();
            canvas.redo();
            canvas.redo();
        });
        assertThat(canvas.getFloorplan().zone("b").orElseThrow().name()).isEqualTo("Espresso Bar");
        assertThat(canvas.getFloorplan().sensors()).extracting(Sensor::id).containsExactly("s2", "s3");
    }

    @Test
    void clickingTheZoneBeingRenamedKeepsItsNameFieldOpenAndClickingAnotherZoneCancels(FxRobot robot) {
        robot.interact(() -> canvas.floorplanEditingProperty().set(true));
        // Zone b (Cafe) is 30–60 × 0–20 m; its name field opens over its centre (45, 10), so (33, 3) is beside it.
        // A select-click and at once a double-click, as a user does it: the field opens and stays open.
        robot.clickOn(at(33, 3));
        robot.doubleClickOn(at(33, 3));
        robotIdle(robot);
        TextField field = robot.lookup("#zone-name-editor").queryAs(TextField.class);
        assertThat(field.isVisible()).isTrue();
        assertThat(field.isFocused()).isTrue();
        assertThat(field.getText()).isEqualTo("Cafe");
        robot.interact(field::selectAll);
        robot.write("Espresso");

        // Another click on the same zone, away from the field, is not "elsewhere": what was typed stays.
        robot.clickOn(at(33, 3));
        robotIdle(robot);
        assertThat(field.isVisible()).isTrue();
        assertThat(field.isFocused()).isTrue();
        assertThat(field.getText()).isEqualTo("Espresso");
        // Nor does a further double-click on it start the name over.
        robot.doubleClickOn(at(33, 3));
        robotIdle(robot);
        assertThat(field.isVisible()).isTrue();
        assertThat(field.getText()).isEqualTo("Espresso");

        // A click on another zone cancels: nothing renamed, nothing to undo, that zone selected.
        robot.clickOn(at(10, 10));
        robotIdle(robot);
        assertThat(field.isVisible()).isFalse();
        assertThat(canvas.getFloorplan().zone("b").orElseThrow().name()).isEqualTo("Cafe");
        assertThat(canvas.commandStack().canUndoProperty().get()).isFalse();
        assertThat(canvas.floorplanLayer().selectedZoneProperty().get()).isEqualTo("a");
    }

    @Test
    void inEditModeTheStagesFadeAndIgnoreThePointer(FxRobot robot) {
        robot.interact(() -> canvas.floorplanEditingProperty().set(true));
        assertThat(canvas.floorplanLayer().getParent().getChildrenUnmodifiable())
                .filteredOn(n -> n instanceof io.footfall.canvas.layer.PipelineLayer).hasSize(1)
                .allSatisfy(n -> {
                    assertThat(n.isMouseTransparent()).isTrue();
                    // The layer's own opacity is the gesture bitmap's; the fade is on its stages and edges.
                    assertThat(((javafx.scene.Parent) n).getChildrenUnmodifiable())
                            .allSatisfy(child -> assertThat(child.getOpacity()).isLessThan(0.5));
                });
        robot.interact(() -> canvas.floorplanEditingProperty().set(false));
        assertThat(canvas.floorplanLayer().selectedSensors()).isEmpty();
        assertThat(canvas.floorplanLayer().toolProperty().get()).isEqualTo(FloorplanTool.SELECT);
    }
}
