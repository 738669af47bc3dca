package io.footfall.canvas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Renders the demo (medium mall, the foot-traffic pipeline, a heatmap) to docs/screenshots/canvas.png
 * and the whole-mall view to canvas-overview.png. Not part of the default run:
 * {@code DISPLAY=:57 ./mvnw -B -pl canvas -am test -Dtest=CanvasScreenshots -Dcanvas.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("bench")
class CanvasScreenshots {

    @Test
    void renderTheMediumMallWithAPipelineAndAHeatmap() throws Exception {
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        Path dir = RepoFiles.root().resolve("docs/screenshots");
        shoot(false, dir.resolve("canvas.png"));
        shoot(true, dir.resolve("canvas-overview.png"));
    }

    private static void shoot(boolean overview, Path out) throws Exception {
        CompletableFuture<Stage> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            Stage stage = new Stage();
            CanvasDemo.show(stage, "medium", overview);
            shown.complete(stage);
        });
        Stage stage = shown.get(20, TimeUnit.SECONDS);
        Thread.sleep(1500); // a dozen heatmap and badge updates
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            image.complete(stage.getScene().snapshot(null));
            stage.close();
        });
        CanvasDemo.save(image.get(20, TimeUnit.SECONDS), out);
        assertThat(Files.size(out)).isGreaterThan(10_000);
    }
}
