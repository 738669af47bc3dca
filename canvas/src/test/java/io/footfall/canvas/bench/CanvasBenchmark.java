package io.footfall.canvas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.canvas.PipelineCanvas;
import io.footfall.canvas.demo.DemoPipelines;
import io.footfall.canvas.demo.HeatField;
import io.footfall.canvas.demo.RepoFiles;
import io.footfall.canvas.layer.ColorRamp;
import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.FloorplanJson;
import io.footfall.runtime.pipeline.PipelineDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 500 stages and 600 edges over the large sample mall in a 1600 × 1000 window: frame times while
 * panning and zooming, with and without the pipeline and a heatmap updating every frame, and the cost
 * of one heatmap update (200 × 120 cells) through the PixelBuffer against a PixelWriter. Run alone:
 * {@code DISPLAY=:57 ./mvnw -B -pl canvas -am test -Dtest=CanvasBenchmark -Dcanvas.excludedGroups=none
 * -Dsurefire.failIfNoSpecifiedTests=false}; results go to stdout and canvas/target/canvas-benchmark.txt.
 */
@Tag("bench")
class CanvasBenchmark {
    private static final int WARMUP = 90;
    private static final int FRAMES = 300;
    private static final int ROWS = 120;
    private static final int COLS = 200;

    private PipelineCanvas canvas;
    private Stage stage;

    @Test
    void framesAndHeatmapUpdates() throws Exception {
        // Read when the toolkit starts: pulses as fast as frames can be made, so intervals are frame costs.
        System.setProperty("javafx.animation.fullspeed", "true");
        // CANVAS_BENCH_PRISM=es2 tries the OpenGL pipeline (Mesa under Xvfb) instead of the tests' software one.
        String prism = System.getenv("CANVAS_BENCH_PRISM");
        if (prism != null && !prism.isBlank()) {
            System.setProperty("prism.order", prism);
            System.setProperty("prism.verbose", "true");
            System.setProperty("prism.forceGPU", "true"); // Mesa's llvmpipe fails the GPU qualifier check
        }
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        Floorplan plan = FloorplanJson.load(RepoFiles.floorplan("large"));
        PipelineDefinition pipeline = DemoPipelines.grid(500, 600, plan.width(), plan.height());
        assertThat(pipeline.stages()).hasSize(500);
        assertThat(pipeline.edges()).hasSize(600);
        HeatField field = new HeatField(plan, 11);
        List<double[][]> grids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            grids.add(field.sample(ROWS, COLS, i * 0.1));
        }

        List<String> report = new ArrayList<>();
        report.add("machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + cpuModel()
                + ", java " + System.getProperty("java.version") + ", prism " + System.getProperty("prism.order", "default")
                + ", DISPLAY " + System.getenv("DISPLAY"));
        onFx(() -> {
            stage = new Stage();
            canvas = new PipelineCanvas();
            canvas.setFloorplan(plan);
            stage.setScene(new Scene(canvas, 1600, 1000));
            stage.show();
            canvas.fitToView();
            return null;
        });
        double fitScale = onFx(() -> canvas.viewport().getScale());

        // Every row twice: layers drawn live on every frame (gesture bitmap off) and with the canvas's
        // default gesture bitmap on. Rows alternate so both see the same machine load.
        report.add(both("floorplan only, panning", this::pan));
        onFx(() -> {
            canvas.setPipeline(pipeline);
            canvas.fitToView();
            return null;
        });
        report.add(onFx(() -> "pipeline: " + canvas.graphModel().nodes().size() + " stages, "
                + canvas.graphModel().edges().size() + " edges; fit scale " + String.format(Locale.ROOT, "%.3f", fitScale)));
        report.add(both("500 stages + 600 edges, panning (whole mall)", this::pan));
        saveScreens("pan");
        report.add(both("500 stages + 600 edges, zooming 0.27x..1.5x", f -> zoom(f, fitScale)));
        onFx(() -> {
            canvas.fitToView();
            canvas.viewport().zoomAt(1.0 / fitScale, 800, 500);
            return null;
        });
        report.add(both("500 stages + 600 edges, panning at zoom 1", this::pan));
        saveScreens("zoom1");
        onFx(() -> {
            canvas.fitToView();
            return null;
        });
        report.add(both("... + heatmap update every frame, panning", f -> {
            pan(f);
            canvas.heatmapLayer().update(grids.get(f % grids.size()));
        }));
        saveScreens("heatmap");

        double[] pixelBuffer = onFx(() -> timeUpdates(() -> f -> canvas.heatmapLayer().update(grids.get(f % grids.size()))));
        double[] pixelWriter = onFx(() -> timeUpdates(() -> pixelWriterUpdate(grids)));
        report.add(stats("heatmap update 200x120, PixelBuffer (HeatmapLayer)", pixelBuffer));
        report.add(stats("heatmap update 200x120, PixelWriter.setPixels", pixelWriter));
        report.add(String.format(Locale.ROOT, "PixelWriter / PixelBuffer median ratio: %.2f",
                median(pixelWriter) / median(pixelBuffer)));

        onFx(() -> {
            stage.close();
            return null;
        });
        report.forEach(System.out::println);
        Path out = Path.of("target", "canvas-benchmark.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    /** The same scripted gesture with the gesture bitmap off (live layers), then on; the view is restored between. */
    private String both(String name, java.util.function.IntConsumer step) throws Exception {
        // CANVAS_BENCH_ROWS=zoom,heatmap runs only the rows whose name contains "zoom" or "heatmap" (quicker
        // while iterating); CANVAS_BENCH_LIVE=0 leaves out the live-layer half of each row.
        String only = System.getenv("CANVAS_BENCH_ROWS");
        if (only != null && !only.isBlank() && Arrays.stream(only.split(",")).noneMatch(name::contains)) {
            return name + ": skipped (CANVAS_BENCH_ROWS=" + only + ")";
        }
        boolean live = !"0".equals(System.getenv("CANVAS_BENCH_LIVE"));
        StringBuilder lines = new StringBuilder();
        for (boolean cached : live ? new boolean[] {false, true} : new boolean[] {true}) {
            double[] view = onFx(() -> {
                canvas.gestureCachingProperty().set(cached);
                return new double[] {canvas.viewport().getScale(), canvas.viewport().translateXProperty().get(),
                        canvas.viewport().translateYProperty().get()};
            });
            int[] before = onFx(() -> counts());
            String line = run(name + (cached ? " [bitmap]" : " [live]"), step).line();
            int[] after = onFx(() -> counts());
            // Whole redraws of the bitmap (one full render each) and refills (drawn a strip per frame); frames drawn
            // in Java (resampled or flattened with the heat) shown, and how many of them on the FX thread (the rest
            // on the worker, which may skip a view when the pulses outrun it).
            lines.append(lines.length() == 0 ? "" : "\n").append(line).append(cached
                    ? String.format(Locale.ROOT, " | bitmaps drawn %d, refilled %d | java-drawn frames shown %d (on FX thread %d)",
                            after[0] - before[0], after[1] - before[1], after[2] - before[2], after[3] - before[3]) : "");
            if (!cached) {
                onFx(() -> {
                    canvas.viewport().scaleProperty().set(view[0]);
                    canvas.viewport().translateXProperty().set(view[1]);
                    canvas.viewport().translateYProperty().set(view[2]);
                    return null;
                });
            }
        }
        return lines.toString();
    }

    private int[] counts() {
        var cache = canvas.gestureCache();
        return new int[] {cache.snapshotCount(), cache.refillCount(), cache.screenFramesShown(), cache.screenFramesDrawnOnFxThread()};
    }

    /**
     * Right after a gesture (the bitmap still shown) and once it settled (live layers): the two PNGs in
     * target/ should look the same, which is how the bitmap was checked for lost edges, labels or walls.
     */
    private void saveScreens(String name) throws Exception {
        // A frame drawn in Java for the last view is shown a pulse or two after it (drawn on a worker): wait for it.
        long end = System.nanoTime() + 2_000_000_000L;
        while (!onFx(() -> canvas.gestureCache().isScreenCurrent()) && System.nanoTime() < end) {
            Thread.sleep(2);
        }
        javafx.scene.image.Image during = onFx(() -> stage.getScene().snapshot(null));
        Thread.sleep(600);
        javafx.scene.image.Image after = onFx(() -> stage.getScene().snapshot(null));
        for (var shot : java.util.Map.of("gesture", during, "settled", after).entrySet()) {
            Path file = Path.of("target", "canvas-bench-" + name + "-" + shot.getKey() + ".png");
            Files.createDirectories(file.getParent());
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(shot.getValue(), null), "png", file.toFile());
        }
    }

    private void pan(int frame) {
        // A back-and-forth sweep so the whole mall passes the window.
        double dx = ((frame / 100) % 2 == 0) ? 9 : -9;
        canvas.viewport().panBy(dx, ((frame / 50) % 2 == 0) ? 3 : -3);
    }

    private void zoom(int frame, double fitScale) {
        double phase = (frame % 120) / 120.0;
        double target = fitScale * Math.pow(1.5 / fitScale, 0.5 - 0.5 * Math.cos(phase * 2 * Math.PI));
        canvas.viewport().zoomAt(target / canvas.viewport().getScale(), 700, 450);
    }

    private FrameRecorder.Result run(String name, java.util.function.IntConsumer step) throws Exception {
        CompletableFuture<CompletableFuture<FrameRecorder.Result>> started = new CompletableFuture<>();
        Platform.runLater(() -> started.complete(FrameRecorder.record(name, WARMUP, FRAMES, step,
                () -> canvas.gestureCache().stripFrameCount())));
        return started.get(30, TimeUnit.SECONDS).get(5, TimeUnit.MINUTES);
    }

    /** 50 warm-up and 500 timed updates on the FX thread (the update only; the texture upload happens at render). */
    private static double[] timeUpdates(Supplier<java.util.function.IntConsumer> updater) {
        java.util.function.IntConsumer update = updater.get();
        for (int i = 0; i < 50; i++) {
            update.accept(i);
        }
        // CPU time of this thread: the update's own cost, whatever else the shared machine is doing.
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] millis = new double[500];
        for (int i = 0; i < millis.length; i++) {
            long t = threads.getCurrentThreadCpuTime();
            update.accept(i);
            millis[i] = (threads.getCurrentThreadCpuTime() - t) / 1e6;
        }
        return millis;
    }

    /** The usual alternative: colour an int[] and copy it into a WritableImage with setPixels. */
    private static java.util.function.IntConsumer pixelWriterUpdate(List<double[][]> grids) {
        WritableImage image = new WritableImage(COLS, ROWS);
        int[] argb = new int[ROWS * COLS];
        ColorRamp ramp = ColorRamp.heat();
        return f -> {
            double[][] g = grids.get(f % grids.size());
            double max = 0;
            for (double[] row : g) {
                for (double v : row) {
                    max = Math.max(max, v);
                }
            }
            int i = 0;
            for (double[] row : g) {
                for (double v : row) {
                    argb[i++] = ramp.argbAt(v <= 0 ? 0 : (int) Math.min(255, v * 255 / max));
                }
            }
            image.getPixelWriter().setPixels(0, 0, COLS, ROWS, PixelFormat.getIntArgbPreInstance(), argb, 0, COLS);
        };
    }

    private static String stats(String name, double[] millis) {
        double[] s = millis.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "%-46s runs %4d  cpu median %6.3f ms  p95 %6.3f ms  max %6.3f ms",
                name, s.length, s[s.length / 2], s[(int) (s.length * 0.95)], s[s.length - 1]);
    }

    private static double median(double[] millis) {
        double[] s = millis.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (java.io.IOException e) {
            return "unknown CPU";
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
