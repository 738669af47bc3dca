package io.footfall.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.robot.Robot;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * {@link FxFrames#afterRendered}: the start-up waits with the side panels until the demo's frame is on the screen.
 * The screen is read back (a round trip to the display), so the test fails if the work ran before the pixels left.
 */
class FxFramesTest {
    private Stage stage;
    private Rectangle rect;

    @BeforeEach
    void showARedSquare() throws Exception {
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.setupStage(s -> {
            rect = new Rectangle(300, 300, Color.RED);
            // A frame slow to render (the software renderer blurs in Java), as the demo's first frame with the mall
            // is: work merely a few pulses later would still see the old colour.
            javafx.scene.Group heavy = new javafx.scene.Group();
            for (int i = 0; i < 6; i++) {
                Rectangle r = new Rectangle(i * 20, 320, 600, 60);
                r.setFill(Color.hsb(i * 60, 0.5, 0.9));
                r.setEffect(new javafx.scene.effect.GaussianBlur(63));
                heavy.getChildren().add(r);
            }
            javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(rect, heavy);
            s.setScene(new Scene(box, 700, 460));
            s.setX(50);
            s.setY(50);
            s.show();
        });
        // Every frame redraws the slow part.
        rect.fillProperty().addListener((o, a, b) -> ((javafx.scene.Group) ((javafx.scene.layout.VBox) rect.getParent())
                .getChildren().get(1)).getChildren().forEach(n -> n.setTranslateX(n.getTranslateX() == 0 ? 1 : 0)));
        // Until red is on the screen, so that the change below is the only one in flight.
        for (int i = 0; i < 100 && !onScreen(Color.RED); i++) {
            Thread.sleep(50);
        }
        assertThat(onScreen(Color.RED)).as("the red square shown first").isTrue();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void workAfterRenderedSeesTheChangedFrameOnTheScreen() throws Exception {
        for (int round = 0; round < 5; round++) {
            Color next = round % 2 == 0 ? Color.BLUE : Color.RED;
            CompletableFuture<Color> seen = new CompletableFuture<>();
            Platform.runLater(() -> {
                rect.setFill(next);
                FxFrames.afterRendered(stage.getScene(), () -> seen.complete(pixelAtTheSquare()));
            });
            assertThat(seen.get(20, TimeUnit.SECONDS)).as("round %d", round).isEqualTo(next);
        }
    }

    @Test
    void runsWhenNothingChangedToo() throws Exception {
        CompletableFuture<Boolean> ran = new CompletableFuture<>();
        Platform.runLater(() -> FxFrames.afterRendered(stage.getScene(), () -> ran.complete(true)));
        assertThat(ran.get(20, TimeUnit.SECONDS)).isTrue();
    }

    private boolean onScreen(Color c) throws Exception {
        CompletableFuture<Color> seen = new CompletableFuture<>();
        Platform.runLater(() -> seen.complete(pixelAtTheSquare()));
        return c.equals(seen.get(20, TimeUnit.SECONDS));
    }

    private Color pixelAtTheSquare() {
        Point2D centre = rect.localToScreen(150, 150);
        Color c = new Robot().getPixelColor(centre.getX(), centre.getY());
        // Compared as 8-bit colours: the screen has no more.
        return Color.rgb((int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }
}
