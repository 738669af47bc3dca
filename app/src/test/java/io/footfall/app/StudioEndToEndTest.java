package io.footfall.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.app.charts.ChartKind;
import io.footfall.app.run.RunState;
import io.footfall.app.surface.CanvasSurface;
import io.footfall.canvas.PipelineCanvas;
import io.footfall.runtime.floorplan.FloorplanGeometry;
import io.footfall.runtime.floorplan.FloorplanJson;
import io.footfall.runtime.pipeline.Edge;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineJson;
import io.footfall.runtime.pipeline.StageInstance;
import io.footfall.simulator.Simulation;
import io.footfall.simulator.SimulationFiles;
import io.footfall.simulator.SimulationSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import javafx.scene.Node;
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
 * The studio as a user drives it: open a pipeline over the medium mall, drag a stage in from the palette,
 * connect it, set a property (and undo/redo it), validate, preview, run a short simulation until the
 * heatmap has non-zero cells and a chart has points, stop, save, reopen and compare.
 * Drag-and-drop needs a real display (Xvfb in CI); on Monocle the stage is added the way a palette
 * double-click adds it.
 */
class StudioEndToEndTest {
    private static final Path ROOT = Path.of(System.getProperty("footfall.repo.root", "..")).toAbsolutePath().normalize();
    private static final String PREFS_NODE = "io/footfall/studio-e2e-" + ProcessHandle.current().pid();

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private MainWindow window;
    private javafx.application.Application app;

    @BeforeEach
    void openTheStudio() throws Exception {
        Path plan = ROOT.resolve("floorplans/medium-mall.json");
        Path sightings = dir.resolve("sightings.jsonl");
        new Simulation(FloorplanGeometry.of(FloorplanJson.load(plan)),
                SimulationSettings.defaults().withDuration(10 * 60_000L))
                .run(new SimulationFiles(dir), ms -> { });
        assertThat(sightings).isNotEmptyFile();
        String template = new String(StudioEndToEndTest.class.getResourceAsStream("studio-e2e.footfall.json").readAllBytes(),
                StandardCharsets.UTF_8);
        PipelineDefinition p = PipelineJson.parse(template, "studio-e2e.footfall.json").withFloorplan(plan.toString());
        Path pipeline = dir.resolve("e2e.footfall.json");
        PipelineJson.write(p, pipeline);

        System.setProperty("footfall.prefs.node", PREFS_NODE);
        System.setProperty("footfall.autosave.dir", dir.resolve("autosave").toString());
        System.setProperty("footfall.home", ROOT.toString());
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(StudioApplication.class, pipeline.toString());
        waitFor("the window", 20, () -> StudioApplication.lastWindow() != null
                && StudioApplication.lastWindow().studio().document().pipeline().stages().size() == 8
                && StudioApplication.lastWindow().panelsAttached());
        window = StudioApplication.lastWindow();
    }

    @AfterEach
    void closeTheStudio() throws Exception {
        if (window != null) {
            robot.interact(() -> window.studio().run().stop());
        }
        FxToolkit.cleanupStages();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        Preferences.userRoot().node(PREFS_NODE).removeNode();
    }

    @Test
    void designValidatePreviewSimulateSaveAndReopen() throws Exception {
        Studio studio = window.studio();
        PipelineCanvas canvas = ((CanvasSurface) studio.surface()).canvas();
        assertThat(window.stage().getTitle()).isEqualTo("e2e.footfall.json — Footfall Studio");

        // Drag a Trash destination from the palette onto the canvas.
        robot.clickOn("#paletteSearch").write("trash");
        waitFor("the filtered palette", 5, () -> robot.lookup((Node n) -> "palette-footfall.destination.trash".equals(n.getId()))
                .tryQuery().isPresent());
        Node trash = robot.lookup((Node n) -> "palette-footfall.destination.trash".equals(n.getId())).query();
        if (System.getenv("DISPLAY") != null) {
            robot.drag(trash).dropTo(canvas);
        } else {
            robot.doubleClickOn(trash);
        }
        waitFor("the dropped stage", 10, () -> studio.document().pipeline().stages().size() == 9);
        String added = studio.surface().selectedStageProperty().get();
        assertThat(added).isEqualTo("trash");
        assertThat(window.stage().getTitle()).startsWith("● ");

        // Connect zones → trash (the canvas's own connect, as a port drag ends in).
        robot.interact(() -> canvas.connect(canvas.graphModel().node("zones").orElseThrow(), "output",
                canvas.graphModel().node(added).orElseThrow()));
        assertThat(studio.document().pipeline().edges()).contains(new Edge("zones", "output", added));

        // Set a property on the heatmap stage through the property sheet; undo and redo it.
        robot.interact(() -> studio.surface().selectedStageProperty().set("heatmap"));
        WaitForAsyncUtils.waitForFxEvents();
        TextField cell = robot.lookup("#config-cellSize").queryAs(TextField.class);
        robot.clickOn(cell);
        robot.interact(cell::selectAll);
        robot.write("4");
        robot.type(KeyCode.ENTER);
        waitFor("cellSize 4", 5, () -> Double.valueOf(4).equals(config("heatmap", "cellSize")));
        robot.interact(canvas::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor("undo", 5, () -> Double.valueOf(2).equals(config("heatmap", "cellSize")));
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        waitFor("redo", 5, () -> Double.valueOf(4).equals(config("heatmap", "cellSize")));

        // A bad value shows its problem on the field.
        robot.interact(() -> studio.properties().setValue("bucketSeconds", "0"));
        assertThat(robot.lookup("#problem-bucketSeconds").queryLabeled().getText()).contains("at least 1");
        robot.interact(() -> studio.properties().setValue("bucketSeconds", "300"));

        // Validate: stages are initialised; the pipeline is valid.
        robot.clickOn("#validate");
        waitFor("validation", 30, () -> studio.issues().summaryProperty().get().startsWith("Valid"));

        // Preview: zones' input and output records show in the Preview tab.
        robot.interact(() -> studio.surface().selectedStageProperty().set("zones"));
        robot.clickOn("#preview");
        waitFor("preview records", 60, () -> !studio.preview().output().isEmpty());
        assertThat(studio.preview().output().get(0)).contains("\"zone\"");

        // Simulate until the heatmap has heat and a chart has points, then stop.
        robot.interact(() -> studio.run().speedProperty().set(1200));
        robot.clickOn("#runSimulation");
        waitFor("heat and charts", 180, () -> studio.heatmap().shownProperty().get() != null
                && studio.heatmap().shownProperty().get().nonZeroCells() > 0
                && studio.charts().pointCount(ChartKind.VISITORS) > 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(studio.run().stateProperty().get()).isEqualTo(RunState.RUNNING);
        assertThat(canvas.heatmapLayer().isVisible()).as("the heatmap glows on the canvas").isTrue();
        robot.clickOn("#stopRun");
        waitFor("stopped", 60, () -> studio.run().stateProperty().get() == RunState.FINISHED);

        // Save, reopen, compare.
        Path saved = dir.resolve("saved/e2e-copy.footfall.json");
        robot.interact(() -> {
            try {
                studio.document().saveAs(saved);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        PipelineDefinition beforeReopen = studio.document().pipeline();
        assertThat(studio.document().isDirty()).isFalse();
        robot.interact(() -> studio.files().openFile(saved));
        PipelineDefinition reopened = studio.document().pipeline();
        assertThat(reopened).isEqualTo(beforeReopen).isEqualTo(PipelineJson.read(saved));
        assertThat(reopened.stages().stream().map(StageInstance::name).collect(Collectors.toSet()))
                .containsAll(Set.of("trash", "heatmap", "zones"));
        assertThat(reopened.stage("heatmap").orElseThrow().config().get("cellSize")).isEqualTo(4.0);
        assertThat(reopened.edges()).contains(new Edge("zones", "output", "trash"));
        assertThat(studio.document().floorplanFile()).contains(ROOT.resolve("floorplans/medium-mall.json"));
    }

    private Object config(String stage, String key) {
        return window.studio().document().pipeline().stage(stage).map(s -> s.config().get(key)).orElse(null);
    }

    private static void waitFor(String what, int seconds, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out after " + seconds + " s waiting for " + what, e);
        }
    }
}
