package io.footfall.app;

import io.footfall.app.ui.SoftwareRendering;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;

/**
 * Starts the JavaFX application from an ordinary class: JavaFX sits on the class path (not the module
 * path), where a main class that extends Application is refused by the launcher, so the CLI goes through here.
 */
public final class StudioLauncher {
    /** The studio started by {@link #startEarly} before the command line was parsed: its exit code once closed. */
    private static volatile CompletableFuture<Integer> early;

    private StudioLauncher() {
    }

    /**
     * Starts the studio at once, without the CLI, when the command line is plainly {@code studio} or {@code studio
     * FILE} with FILE an existing file and a display to open on: what {@code StudioCommand} would check, checked
     * (BENCHMARKS.md "Studio", session 7). Anything else (options, help, a missing file, no display) is left to the
     * CLI, which reports it as before; {@link #launch} then starts the studio. Returns whether it started.
     */
    static synchronized boolean startEarly(String... args) {
        if (early != null || args.length < 1 || args.length > 2 || !"studio".equals(args[0]) || !displayNamed()) {
            return false;
        }
        Path pipeline = null;
        if (args.length == 2) {
            if (args[1].startsWith("-")) {
                return false;
            }
            try {
                pipeline = Path.of(args[1]).toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                return false;
            }
            if (!Files.isRegularFile(pipeline)) {
                return false;
            }
        }
        StartupTimer.mark("command line read");
        CompletableFuture<Integer> status = new CompletableFuture<>();
        early = status;
        Path file = pipeline;
        StudioPreload.start(file);
        SoftwareRendering.startAsking();
        Thread t = new Thread(() -> status.complete(run(file)), "footfall-studio-launch");
        t.setDaemon(true);
        t.start();
        return true;
    }

    /** Blocks until the studio window is closed; returns the exit code. */
    public static int launch(Path pipeline) {
        CompletableFuture<Integer> started = early;
        // Started early from the same command line (the same file, resolved the same way): wait for that window.
        return started != null ? started.join() : run(pipeline);
    }

    private static int run(Path pipeline) {
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

    /** Whether there is a desktop to open on without asking AWT: Windows and macOS, or an X display named in DISPLAY. */
    private static boolean displayNamed() {
        String os = System.getProperty("os.name", "");
        return os.startsWith("Windows") || os.startsWith("Mac") || (System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isEmpty());
    }
}
