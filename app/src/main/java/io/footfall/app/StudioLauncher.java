package io.footfall.app;

import io.footfall.app.ui.SoftwareRendering;
import java.nio.file.Path;
import javafx.application.Application;

/**
 * Starts the JavaFX application from an ordinary class: JavaFX sits on the class path (not the module
 * path), where a main class that extends Application is refused by the launcher, so the CLI goes through here.
 */
public final class StudioLauncher {
    private StudioLauncher() {
    }

    /** Blocks until the studio window is closed; returns the exit code. */
    public static int launch(Path pipeline) {
        StudioPreload.start(pipeline);
        if (SoftwareRendering.chooseForThisDisplay()) {
            StartupTimer.mark("software renderer chosen");
        }
        try {
            Application.launch(StudioApplication.class, pipeline == null ? new String[0] : new String[] {pipeline.toString()});
            return 0;
        } catch (RuntimeException | Error e) {
            System.err.println("footfall studio: the window could not be opened: " + e.getMessage());
            return 1;
        }
    }
}
