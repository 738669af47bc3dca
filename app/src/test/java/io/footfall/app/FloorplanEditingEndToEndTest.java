package io.footfall.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.app.document.PipelineDocument;
import io.footfall.app.surface.CanvasSurface;
import io.footfall.canvas.PipelineCanvas;
import io.footfall.canvas.view.WorldUnits;
import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.FloorplanJson;
import io.footfall.runtime.floorplan.Point;
import io.footfall.runtime.floorplan.Sensor;
import io.footfall.runtime.pipeline.PipelineJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Floorplan editing in the studio as a user does it, over a copy of the small sample mall: enter edit mode with
 * the toolbar button, drag a sensor, add one, rename a zone, undo and redo from the keyboard, save, read the
 * file back and compare; a sensor dropped outside the plan is refused and stays where it was.
 */
class FloorplanEditingEndToEndTest {
    private static final Path ROOT = Path.of(System.getProperty("footfall.repo.root", "..")).toAbsolutePath().normalize();
    private static final String PREFS_NODE = "io/footfall/studio-floorplan-e2e-" + ProcessHandle.current().pid();

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private MainWindow window;
    private javafx.application.Application app;
    private Path planFile;
    private Studio studio;
    private PipelineCanvas canvas;

    @BeforeEach
    void openTheStudioOverACopyOfTheSmallMall() throws Exception {
        planFile = Files.copy(ROOT.resolve("floorplans/small-mall.json"), dir.resolve("small-mall.json"));
        Path pipeline = dir.resolve("over-small-mall.footfall.json");
        PipelineJson.write(PipelineDocument.emptyPipeline().withFloorplan("small-mall.json"), pipeline);
        System.setProperty("footfall.prefs.node", PREFS_NODE);
        System.setProperty("footfall.autosave.dir", dir.resolve("autosave").toString());
        System.setProperty("footfall.home", ROOT.toString());
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(StudioApplication.class, pipeline.toString());
        waitFor("the window with the floorplan", 30, () -> StudioApplication.lastWindow() != null
                && planFile.equals(StudioApplication.lastWindow().studio().floorplan().document().file())
                && StudioApplication.lastWindow().panelsAttached());
        window = StudioApplication.lastWindow();
        studio = window.studio();
        canvas = ((CanvasSurface) studio.surface()).canvas();
        robot.interact(() -> {
            window.stage().setWidth(1400);
            window.stage().setHeight(900);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(canvas::fitToView);
    }

    @AfterEach
    void closeTheStudio() throws Exception {
        FxToolkit.cleanupStages();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        Preferences.userRoot().node(PREFS_NODE).removeNode();
    }

    /** Where a point of the plan (meters) is on the screen. */
    private Point2D at(double xMeters, double yMeters) {
        Point2D local = canvas.viewport().worldToScreen(WorldUnits.toWorld(xMeters), WorldUnits.toWorld(yMeters));
        return canvas.localToScreen(local);
    }

    private Floorplan plan() {
        return studio.floorplan().document().floorplan();
    }

    @Test
    void moveAddRenameUndoRedoSaveAndReadBack() throws Exception {
        Floorplan original = FloorplanJson.load(planFile);
        assertThat(plan()).isEqualTo(original);
        robot.clickOn("#editFloorplan");
        assertThat(canvas.floorplanEditingProperty().get()).isTrue();
        assertThat(robot.lookup("#floorplanEditBar").query().isVisible()).isTrue();

        // Drag s-001 from (19.4, 31) to about (25, 30): it snaps to the 1 m grid.
        robot.drag(at(19.4, 31)).moveTo(at(25, 30)).drop();
        waitFor("the moved sensor", 5, () -> !plan().sensor("s-001").orElseThrow().position().equals(new Point(19.4, 31)));
        assertThat(plan().sensor("s-001").orElseThrow().position()).isEqualTo(new Point(25, 30));
        assertThat(window.stage().getTitle()).contains("floorplan ● small-mall.json");

        // Add a BLE sensor in a corner of Amber Coffee (st-004: x 44.5–58, y 4–26; its own sensor is in the middle).
        robot.clickOn("#floorplanAddSensorTool");
        robot.interact(() -> studio.floorplan().newSensorKindsProperty().set(io.footfall.app.floorplan.SensorKinds.BLE));
        robot.clickOn(at(48, 8));
        waitFor("the added sensor", 5, () -> plan().sensors().size() == original.sensors().size() + 1);
        String added = String.format("s-%03d", original.sensors().size() + 1);
        assertThat(plan().sensor(added)).contains(new Sensor(added, new Point(48, 8), List.of("ble")));

        // Rename Copper Games (st-003: x 31–44.5, y 4–26) by double-clicking it.
        robot.clickOn("#floorplanSelectTool");
        // Selected first: selecting shows the zone's property sheet, and TestFX waits for the JavaFX thread between
        // the two clicks of a double-click, so on a loaded machine they would arrive too far apart to be one.
        robot.clickOn(at(34, 8));
        waitFor("the zone selected", 20, () -> "st-003".equals(studio.surface().selectedZoneProperty().get()));
        robot.doubleClickOn(at(34, 8));
        waitFor("the name field", 20, () -> robot.lookup("#zone-name-editor").queryAs(TextField.class).isVisible());
        TextField name = robot.lookup("#zone-name-editor").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("Copper Games");
        robot.interact(name::selectAll);
        robot.write("Copper Puzzles").type(KeyCode.ENTER);
        waitFor("the renamed zone", 5, () -> plan().zone("st-003").orElseThrow().name().equals("Copper Puzzles"));
        Floorplan edited = plan();

        // Undo the three edits from the keyboard, then redo them.
        robot.interact(canvas::requestFocus);
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        }
        waitFor("undone", 5, () -> plan().equals(original));
        assertThat(studio.floorplan().document().isDirty()).isFalse();
        assertThat(window.stage().getTitle()).doesNotContain("floorplan ●");
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        }
        waitFor("redone", 5, () -> plan().equals(edited));

        // A sensor dropped beyond the plan's south edge (62 m) is refused and stays where it was.
        robot.drag(at(38.1, 31)).moveTo(at(38.1, 66)).drop();
        // The refusal reaches the status line when the drop has been handled (slow on a loaded machine).
        waitFor("the refusal", 20, () -> canvas.statusProperty().get().startsWith("Cannot move sensor s-002"));
        assertThat(plan()).isEqualTo(edited);
        assertThat(canvas.statusProperty().get()).startsWith("Cannot move sensor s-002: $.sensors[1].position: sensor at [38")
                .contains("is outside the plan");

        // Save with the edit bar's button, read the file back and compare; reopen it in the studio.
        robot.clickOn("#saveFloorplan");
        waitFor("saved", 5, () -> !studio.floorplan().document().isDirty());
        assertThat(FloorplanJson.load(planFile)).isEqualTo(edited);
        robot.interact(() -> studio.floorplan().openFile(planFile));
        waitFor("reopened", 10, () -> plan() != edited && plan().equals(edited));
        assertThat(plan().sensor("s-001").orElseThrow().position()).isEqualTo(new Point(25, 30));
        assertThat(plan().zone("st-003").orElseThrow().name()).isEqualTo("Copper Puzzles");

        robot.clickOn("#floorplanDone");
        assertThat(canvas.floorplanEditingProperty().get()).isFalse();
        assertThat(robot.lookup("#floorplanEditBar").query().isVisible()).isFalse();
    }

    /** Types into a property-sheet field and presses Enter, as a user replaces a value. */
    private void typeInto(String fieldId, String text) {
        TextField field = robot.lookup("#" + fieldId).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
    }

    private String heading() {
        return robot.lookup("#propertiesHeading").queryLabeled().getText();
    }

    @Test
    void thePropertySheetEditsTheSelectedSensorAndZoneOnTheCanvasesUndoStack() throws Exception {
        Floorplan original = FloorplanJson.load(planFile);
        robot.clickOn("#editFloorplan");
        // The edit bar pushes the canvas down: lay the window out now, so that at() below is where the plan is.
        robot.interact(() -> {
            window.stage().getScene().getRoot().applyCss();
            window.stage().getScene().getRoot().layout();
        });
        // A drag on the canvas first, so the undo below goes through sheet edits and a gesture alike.
        robot.drag(at(38.1, 31)).moveTo(at(40, 31)).drop();
        waitFor("the dragged sensor", 20, () -> !plan().sensor("s-002").orElseThrow().position().equals(new Point(38.1, 31)));
        Floorplan dragged = plan();

        robot.clickOn(at(19.4, 31));
        waitFor("the sensor's sheet", 20, () -> heading().equals("Sensor s-001"));
        assertThat(robot.lookup("#config-x").queryAs(TextField.class).getText()).isEqualTo("19.4");
        typeInto("config-x", "30");
        assertThat(plan().sensor("s-001").orElseThrow().position()).isEqualTo(new Point(30, 31));
        assertThat(window.stage().getTitle()).contains("floorplan ● small-mall.json");

        // Beyond the plan's east wall (170 m): refused, the plan unchanged, the validator's message on the field.
        Floorplan beforeRefusal = plan();
        typeInto("config-x", "500");
        assertThat(plan()).isSameAs(beforeRefusal);
        assertThat(robot.lookup("#problem-x").queryLabeled().getText()).startsWith("Cannot move sensor s-001: ")
                .contains("is outside the plan");
        typeInto("config-y", "north");
        assertThat(robot.lookup("#problem-y").queryLabeled().getText()).contains("must be a number");
        assertThat(plan()).isSameAs(beforeRefusal);
        // An id another sensor has is refused too.
        typeInto("config-id", "s-002");
        assertThat(robot.lookup("#problem-id").queryLabeled().getText()).contains("duplicate id \"s-002\"");
        assertThat(plan()).isSameAs(beforeRefusal);

        typeInto("config-id", "s-100");
        waitFor("the renamed sensor", 20, () -> heading().equals("Sensor s-100"));
        assertThat(plan().sensor("s-001")).isEmpty();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> kinds = robot.lookup("#config-kinds").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(kinds.getValue()).isEqualTo("wifi, ble");
        robot.interact(() -> kinds.setValue("ble"));
        assertThat(plan().sensor("s-100").orElseThrow().kinds()).containsExactly("ble");

        // A zone: click into Copper Games (st-003) away from any sensor.
        robot.clickOn(at(34, 8));
        waitFor("the zone's sheet", 20, () -> heading().equals("Zone st-003"));
        typeInto("config-name", "Copper Puzzles");
        assertThat(plan().zone("st-003").orElseThrow().name()).isEqualTo("Copper Puzzles");
        typeInto("config-name", "   ");
        assertThat(robot.lookup("#problem-name").queryLabeled().getText()).contains("a zone name cannot be empty");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> kind = robot.lookup("#config-kind").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(kind.getValue()).isEqualTo("store");
        robot.interact(() -> kind.setValue("foodcourt"));
        assertThat(plan().zone("st-003").orElseThrow().kind().jsonName()).isEqualTo("foodcourt");

        // Six steps on one stack: kind, name, sensor kinds, id, x — then the drag.
        robot.interact(canvas::requestFocus);
        for (int i = 0; i < 5; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        }
        waitFor("the sheet edits undone", 20, () -> plan().equals(dragged));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor("the drag undone", 20, () -> plan().equals(original));
        assertThat(studio.floorplan().document().isDirty()).isFalse();

        // Out of floorplan-edit mode the sheet is the stage's again.
        robot.clickOn("#floorplanDone");
        waitFor("the stage sheet", 20, () -> !heading().startsWith("Zone") && !heading().startsWith("Sensor"));
    }

    private static void waitFor(String what, int seconds, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out after " + seconds + " s waiting for " + what, e);
        }
    }
}
