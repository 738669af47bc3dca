package io.footfall.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.app.document.PipelineDocument;
import io.footfall.app.files.Autosave;
import io.footfall.canvas.floorplan.FloorplanEdits;
import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.FloorplanJson;
import io.footfall.runtime.floorplan.Point;
import io.footfall.runtime.pipeline.PipelineJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Crash recovery of floorplan edits as a user meets it: a session left an autosaved floorplan behind (it never
 * closed), the studio starts, asks, the user clicks Yes, and the edits are back as unsaved changes to the file —
 * which itself is untouched until Save Floorplan; the new session's own autosave then keeps them again.
 */
class FloorplanRecoveryEndToEndTest {
    private static final Path ROOT = Path.of(System.getProperty("footfall.repo.root", "..")).toAbsolutePath().normalize();
    private static final String PREFS_NODE = "io/footfall/studio-floorplan-recovery-" + ProcessHandle.current().pid();

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;

    @AfterEach
    void closeTheStudio() throws Exception {
        FxToolkit.cleanupStages();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        Preferences.userRoot().node(PREFS_NODE).removeNode();
    }

    @Test
    void editsLeftByACrashedSessionAreOfferedAndRecovered() throws Exception {
        Path planFile = Files.copy(ROOT.resolve("floorplans/small-mall.json"), dir.resolve("small-mall.json"));
        byte[] onDisk = Files.readAllBytes(planFile);
        Path pipeline = dir.resolve("over-small-mall.footfall.json");
        PipelineJson.write(PipelineDocument.emptyPipeline().withFloorplan("small-mall.json"), pipeline);
        Floorplan original = FloorplanJson.load(planFile);
        Floorplan edited = FloorplanEdits.renameZone(FloorplanEdits.moveSensor(original, "s-001", new Point(25, 30)),
                "st-003", "Copper Puzzles");
        Path autosaveDir = dir.resolve("autosave");
        Autosave crashed = new Autosave(autosaveDir);
        crashed.saveFloorplan(edited, planFile);
        crashed.abandon();

        System.setProperty("footfall.prefs.node", PREFS_NODE);
        System.setProperty("footfall.autosave.dir", autosaveDir.toString());
        System.setProperty("footfall.home", ROOT.toString());
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(StudioApplication.class, pipeline.toString());
        waitFor("the recovery question", 30, () -> robot.lookup("Recover floorplan edits?").tryQuery().isPresent());
        robot.clickOn("Yes");

        waitFor("the recovered plan", 20, () -> StudioApplication.lastWindow() != null
                && edited.equals(StudioApplication.lastWindow().studio().floorplan().document().floorplan())
                && StudioApplication.lastWindow().panelsAttached());
        // The plan is read from this thread while the JavaFX thread may still be in the event that showed it (its
        // other listeners, e.g. the canvas redrawing the plan, can run before the one that marks it dirty).
        WaitForAsyncUtils.waitForFxEvents();
        MainWindow window = StudioApplication.lastWindow();
        Studio studio = window.studio();
        assertThat(studio.floorplan().document().file()).isEqualTo(planFile);
        assertThat(studio.floorplan().document().isDirty()).isTrue();
        assertThat(window.stage().getTitle()).contains("floorplan ● small-mall.json");
        assertThat(Files.readAllBytes(planFile)).as("recovering does not write the file").isEqualTo(onDisk);
        assertThat(studio.log().lines()).anyMatch(l -> l.contains("Recovered unsaved floorplan edits to small-mall.json"));

        // The new session keeps them in its own copy (the crashed session's copy is gone), until they are saved.
        robot.interact(() -> studio.floorplan().autosaveTick());
        assertThat(new Autosave(autosaveDir).floorplanLeftovers()).as("a running studio's copy is not offered").isEmpty();
        try (var copies = Files.list(autosaveDir)) {
            assertThat(copies.filter(c -> c.getFileName().toString().endsWith(".floorplan.json")).toList())
                    .singleElement().satisfies(c -> assertThat(FloorplanJson.load(c)).isEqualTo(edited));
        }
        robot.interact(() -> studio.floorplan().save());
        assertThat(FloorplanJson.load(planFile)).isEqualTo(edited);
        assertThat(studio.floorplan().document().isDirty()).isFalse();
        assertThat(new Autosave(autosaveDir).floorplanLeftovers()).isEmpty();
    }

    private static void waitFor(String what, int seconds, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out after " + seconds + " s waiting for " + what, e);
        }
    }
}
