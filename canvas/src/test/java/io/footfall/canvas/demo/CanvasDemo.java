package io.footfall.canvas.demo;

import io.footfall.canvas.PipelineCanvas;
import io.footfall.canvas.StagePalette;
import io.footfall.canvas.skin.SkinFactories;
import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.FloorplanJson;
import io.footfall.runtime.stage.StageRegistry;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.BoundingBox;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * The canvas on its own: the standard foot-traffic pipeline over a sample mall with a live, drifting
 * heatmap and throughput badges. {@code --mall small|medium|large}, {@code --overview} fits the whole
 * mall instead of the pipeline, {@code --screenshot file.png} saves one frame and exits.
 */
public class CanvasDemo extends Application {
    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        Map<String, String> options = options(getParameters().getRaw());
        show(stage, options.getOrDefault("mall", "medium"), options.containsKey("overview"));
        if (options.containsKey("screenshot")) {
            Path out = Path.of(options.get("screenshot"));
            // Wait a few pulses so layout, the first heatmap upload and the badges are on screen.
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    if (++frames == 30) {
                        stop();
                        save(stage.getScene().snapshot(null), out);
                        Platform.exit();
                    }
                }
            }.start();
        }
    }

    /** Builds the demo in {@code stage} and shows it; the heatmap and badges then update ten times a second. */
    public static PipelineCanvas show(Stage stage, String mall, boolean overview) {
        Path planFile = RepoFiles.floorplan(mall);
        Floorplan plan = FloorplanJson.load(planFile);
        StageRegistry registry = StageRegistry.defaultRegistry();
        PipelineCanvas canvas = new PipelineCanvas(registry, new SkinFactories());
        canvas.setFloorplan(plan, planFile.getParent());
        canvas.setPipeline(DemoPipelines.footTraffic(plan.height()));
        canvas.setIssues(List.of(ConfigIssue.error("positions", "path", "is required: where to write positions.jsonl")));
        HeatField heat = new HeatField(plan, 7);
        canvas.heatmapLayer().update(heat.sample(120, 200, 0));
        ScrollPane paletteScroll = new ScrollPane(new StagePalette(registry));
        paletteScroll.setFitToWidth(true);
        paletteScroll.setPrefWidth(200);
        Scene scene = new Scene(new BorderPane(canvas, null, null, null, paletteScroll), 1600, 900);
        stage.setTitle("Footfall canvas — " + plan.name());
        stage.setScene(scene);
        stage.show();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        if (overview) {
            canvas.fitToView();
        } else {
            // The pipeline's part of the mall, readable: its stages plus a margin, the plan's full height.
            double maxX = canvas.graphModel().nodes().stream().mapToDouble(n -> n.getX()).max().orElse(100) * 10 + 200;
            canvas.viewport().fit(new BoundingBox(-20, -20, maxX + 20, plan.height() * 10 + 40),
                    canvas.getWidth(), canvas.getHeight(), 10);
        }
        long start = System.nanoTime();
        new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (now - last < 100_000_000L) {
                    return; // ten updates a second, as a running pipeline would send them
                }
                last = now;
                double t = (now - start) / 1e9;
                canvas.heatmapLayer().update(heat.sample(120, 200, t));
                Map<String, Double> rates = new HashMap<>();
                canvas.graphModel().nodes().forEach(n -> rates.put(n.getName(), 950 + 120 * Math.sin(t + n.getX())));
                canvas.setStageMetrics(rates);
            }
        }.start();
        return canvas;
    }

    static void save(WritableImage image, Path out) {
        try {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
            ImageIO.write(buffered, "png", out.toFile());
            System.out.println("saved " + out.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> options(List<String> args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + a + "'");
            }
            boolean hasValue = i + 1 < args.size() && !args.get(i + 1).startsWith("--");
            options.put(a.substring(2), hasValue ? args.get(++i) : "true");
        }
        return options;
    }
}
