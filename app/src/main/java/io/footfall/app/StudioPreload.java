package io.footfall.app;

import io.footfall.runtime.floorplan.FloorplanJson;
import io.footfall.runtime.pipeline.PipelineJson;
import io.footfall.runtime.stage.StageRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Work the window needs but the JavaFX toolkit does not: started on a background thread before the toolkit,
 * so that scanning the stage libraries (which loads the network and Spark stage classes and initialises
 * log4j, 2–4 s on a busy machine) and loading Jackson for the demo files overlap the toolkit's own start
 * instead of following it on the JavaFX thread. Nothing here touches JavaFX.
 */
final class StudioPreload {
    private static volatile CompletableFuture<StageRegistry> registry;

    private StudioPreload() {
    }

    /** Starts loading; {@code pipeline} (or the bundled demo when null) is parsed once to warm the readers. */
    static synchronized void start(Path pipeline) {
        if (registry != null) {
            return;
        }
        CompletableFuture<StageRegistry> future = new CompletableFuture<>();
        registry = future;
        Thread t = new Thread(() -> {
            try {
                future.complete(StageRegistry.defaultRegistry());
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
            warmReaders(pipeline);
        }, "footfall-studio-preload");
        t.setDaemon(true);
        t.start();
    }

    /** The stage registry, waiting for the preload when it runs (or loading it here when nothing started it). */
    static StageRegistry registry() {
        CompletableFuture<StageRegistry> f = registry;
        return f == null ? StageRegistry.defaultRegistry() : f.join();
    }

    private static void warmReaders(Path pipeline) {
        DemoFiles demo = DemoFiles.fromSystem();
        Path file = pipeline != null ? pipeline : demo.pipeline();
        try {
            if (Files.isRegularFile(file)) {
                PipelineJson.read(file);
            }
            if (Files.isRegularFile(demo.floorplan())) {
                FloorplanJson.load(demo.floorplan());
            }
        } catch (Exception ignored) {
            // Only warming: the studio reads these files itself and reports their problems.
        }
    }
}
