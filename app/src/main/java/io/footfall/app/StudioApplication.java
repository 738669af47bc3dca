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
        Preferences prefs = preferences();
        WindowState windowState = new WindowState(prefs);
        Theme theme = windowState.theme();
        theme.apply();
        DemoFiles demo = DemoFiles.fromSystem();
        FxDialogService dialogs = new FxDialogService(stage, demo.home());
        StageRegistry registry = StudioPreload.registry();
        StartupTimer.mark("stage registry loaded (" + registry.all().size() + " types)");
        Studio studio = new Studio(registry, dialogs, UiExecutors.javaFx(), demo, new CanvasSurface(registry),
                RunBackends.detect(registry), RunBackends.fullChecker(registry), prefs, MainWindow.autosave());
        StartupTimer.mark("view-models built");
        MainWindow window = new MainWindow(stage, studio, windowState, theme);
        StartupTimer.mark("window built");
        lastWindow = window;
        stage.show();
        List<String> raw = getParameters().getRaw();
        Path pipeline = raw.isEmpty() ? null : Path.of(raw.get(0));
        Platform.runLater(() -> {
            studio.log().add("Window shown " + StartupTimer.mark("window shown") + " ms after the JVM started");
            // The palette, property sheet and Issues table come once the frame with the pipeline and its floorplan
            // has been rendered, or after 6 s whatever happens to the plan (3 s was too short on a busy machine:
            // the panels then came first and held the demo's frame back, BENCHMARKS.md "Studio", session 5)
            // (and to questions asked meanwhile: recovering autosaved work reloads the plan).
            Runnable attach = () -> {
                if (!window.panelsAttached()) {
                    window.attachPanels();
                    StartupTimer.mark("panels built");
                    StartupTimer.markWhenDrawn("panels drawn");
                }
            };
            // Posted, it runs after the current pulse: the panels' styles and layout go into the next frame.
            studio.firstFloorplanSettled().thenRun(() -> Platform.runLater(attach));
            PauseTransition fallback = new PauseTransition(Duration.seconds(6));
            fallback.setOnFinished(e -> attach.run());
            fallback.play();
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
