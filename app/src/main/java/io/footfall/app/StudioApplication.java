package io.footfall.app;

import io.footfall.app.run.RunBackends;
import io.footfall.app.surface.CanvasSurface;
import io.footfall.app.ui.FxDialogService;
import io.footfall.app.ui.Theme;
import io.footfall.app.ui.UiExecutors;
import io.footfall.app.ui.WindowState;
import io.footfall.runtime.stage.StageRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The JavaFX application. Opens the window first and the pipeline right after, so the window is up fast;
 * heavy work (runner, simulator, Spark) starts only when the user runs something.
 */
public final class StudioApplication extends Application {
    private static volatile MainWindow lastWindow;

    @Override
    public void start(Stage stage) {
        StartupTimer.mark("toolkit ready");
        lastWindow = null;
        Preferences prefs = preferences();
        WindowState windowState = new WindowState(prefs);
        Theme theme = windowState.theme();
        theme.apply();
        List<String> raw = getParameters().getRaw();
        Path pipeline = raw.isEmpty() ? null : Path.of(raw.get(0));
        // The window goes up at once with a frame saying what is coming; the studio is built under it while the renderer
        // paints that frame, and uncovered when the demo is drawn. Until now the window was mapped empty while the whole
        // studio was styled and laid out for its first frame, and the renderer started only then; then it showed an
        // empty canvas and the stages without their plan before the demo (BENCHMARKS.md "Studio", session 7).
        Scene starting = StartingView.show(stage, pipeline);
        // A stage used again (the end-to-end tests' primary stage) still has the previous window's title bound to it.
        stage.titleProperty().unbind();
        stage.setTitle("Footfall Studio");
        windowState.restore(stage);
        stage.show();
        FxFrames.afterPulse(starting, () -> {
            StartupTimer.mark("starting frame handed over");
            if (stage.isShowing()) {
                open(stage, prefs, windowState, theme, pipeline);
            }
        });
    }

    /**
     * Builds the studio into {@code stage} under the starting frame, opens {@code pipeline} (the demo when null), then
     * uncovers it and adds the side panels. The view-models and the window are built in two tasks: the starting
     * frame's pixels, handed to the window by a task on this thread once the renderer has painted them, can reach the
     * screen between the two.
     */
    private static void open(Stage stage, Preferences prefs, WindowState windowState, Theme theme, Path pipeline) {
        DemoFiles demo = DemoFiles.fromSystem();
        FxDialogService dialogs = new FxDialogService(stage, demo.home());
        StageRegistry registry = StudioPreload.registry();
        StartupTimer.mark("stage registry loaded (" + registry.all().size() + " types)");
        Studio studio = new Studio(registry, dialogs, UiExecutors.javaFx(), demo, new CanvasSurface(registry),
                RunBackends.detect(registry), RunBackends.fullChecker(registry), prefs, MainWindow.autosave());
        StartupTimer.mark("view-models built");
        Platform.runLater(() -> {
            if (stage.isShowing()) {
                openWindow(stage, studio, windowState, theme, pipeline);
            }
        });
    }

    private static void openWindow(Stage stage, Studio studio, WindowState windowState, Theme theme, Path pipeline) {
        MainWindow window = new MainWindow(stage, studio, windowState, theme);
        StartupTimer.mark("window built");
        lastWindow = window;
        stage.show();
        Platform.runLater(() -> {
            studio.log().add("Window shown " + StartupTimer.mark("window shown") + " ms after the JVM started");
            // The palette, property sheet and Issues table come once the frame with the pipeline and its floorplan
            // has been rendered, or after 6 s whatever happens to the plan (3 s was too short on a busy machine:
            // the panels then came first and held the demo's frame back, BENCHMARKS.md "Studio", session 5)
            // (and to questions asked meanwhile: recovering autosaved work reloads the plan).
            Runnable attach = () -> {
                StartingView.uncover(stage);
                if (!window.panelsAttached()) {
                    window.attachPanels();
                    StartupTimer.mark("panels built");
                    StartupTimer.markWhenDrawn("panels drawn");
                }
            };
            // The demo's frame, drawn under the cover, is uncovered; once that frame is on the screen the panels'
            // styles and layout go into the next one.
            studio.firstFloorplanSettled().thenRun(() -> Platform.runLater(() -> {
                StartingView.uncover(stage);
                studio.markDemoOnScreen();
                FxFrames.afterRendered(stage.getScene(), attach);
            }));
            PauseTransition fallback = new PauseTransition(Duration.seconds(6));
            fallback.setOnFinished(e -> attach.run());
            // Counted from the window's first full frame (its first style and layout pass, seconds on a busy machine).
            FxFrames.afterRendered(stage.getScene(), fallback::play);
            window.showBanner(studio.openInitial(pipeline));
            studio.files().offerRecovery();
            studio.offerFloorplanRecovery();
            StartupTimer.mark("demo opened");
        });
    }

    /** The studio's preferences node; tests point it elsewhere with -Dfootfall.prefs.node. */
    static Preferences preferences() {
        String node = System.getProperty("footfall.prefs.node");
        return node == null ? Preferences.userRoot().node("io/footfall/studio") : Preferences.userRoot().node(node);
    }

    /** The window of the most recent start, for end-to-end tests. */
    public static MainWindow lastWindow() {
        return lastWindow;
    }
}
