package io.footfall.canvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.canvas.view.GestureCache;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The bitmap that stands in for the layers while the view keeps moving: what it shows and when it goes. */
class GestureCacheTest extends CanvasUiTestBase {
    private GestureCache cache;

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @BeforeEach
    void longSettle(FxRobot robot) {
        cache = canvas.gestureCache();
        // Long enough that a loaded machine cannot end the gesture before the test looks at it.
        robot.interact(() -> {
            cache.setSettle(Duration.seconds(30));
        });
    }

    @Test
    void aContinuedPanShowsABitmapThatLooksLikeTheLiveLayers(FxRobot robot) {
        int before = cache.snapshotCount();
        pan(robot, 7, 3);
        pan(robot, 7, 3);
        assertThat(cache.isActive()).isTrue();
        assertThat(cache.snapshotCount()).isEqualTo(before + 1);
        assertThat(canvas.floorplanLayer().getParent().getOpacity()).isZero();
        Image bitmap = snapshot(robot);

        robot.interact(cache::stop);
        assertThat(cache.isActive()).isFalse();
        assertThat(canvas.floorplanLayer().getParent().getOpacity()).isEqualTo(1);
        assertThat(sameShare(bitmap, snapshot(robot))).isGreaterThan(0.99);
    }

    @Test
    void panningBeyondTheMarginRedrawsTheBitmapWhichStillMatches(FxRobot robot) {
        pan(robot, 10, 0);
        pan(robot, 10, 0);
        int drawn = cache.snapshotCount();
        for (int i = 0; i < 4; i++) {
            pan(robot, -120, 40);
        }
        assertThat(cache.snapshotCount()).isGreaterThan(drawn);
        Image bitmap = snapshot(robot);
        robot.interact(cache::stop);
        assertThat(sameShare(bitmap, snapshot(robot))).isGreaterThan(0.99);
    }

    @Test
    void aClickDuringTheGestureLandsOnTheStageAndBringsBackTheLiveLayers(FxRobot robot) {
        pan(robot, 4, 0);
        pan(robot, 4, 0);
        assertThat(cache.isActive()).isTrue();
        robot.clickOn(centerOf("parse"));
        robotIdle(robot);
        assertThat(cache.isActive()).isFalse();
        assertThat(canvas.selection().nodes()).containsExactly(node("parse"));
    }

    @Test
    void aSingleZoomStepIsDrawnLiveAndTurningTheCacheOffDropsTheBitmap(FxRobot robot) {
        int before = cache.snapshotCount();
        robot.interact(canvas::zoomIn);
        robotIdle(robot);
        assertThat(cache.isActive()).isFalse();
        assertThat(cache.snapshotCount()).isEqualTo(before);
        robot.interact(canvas::zoomIn);
        robotIdle(robot);
        assertThat(cache.isActive()).isTrue();
        robot.interact(() -> canvas.gestureCachingProperty().set(false));
        assertThat(cache.isActive()).isFalse();
        assertThat(canvas.floorplanLayer().getParent().getOpacity()).isEqualTo(1);
        robot.interact(() -> canvas.gestureCachingProperty().set(true));
    }

    private void pan(FxRobot robot, double dx, double dy) {
        robot.interact(() -> canvas.viewport().panBy(dx, dy));
        robotIdle(robot); // a pulse, in which the bitmap is drawn or moved
    }

    private Image snapshot(FxRobot robot) {
        Image[] shot = new Image[1];
        robot.interact(() -> {
            shot[0] = canvas.snapshot(null, null);
        });
        return shot[0];
    }

    /** The share of pixels whose channels differ by at most 24 of 255 (bitmap resampling, text hinting). */
    private static double sameShare(Image a, Image b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int w = (int) a.getWidth();
        int h = (int) a.getHeight();
        long same = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = ra.getArgb(x, y);
                int q = rb.getArgb(x, y);
                boolean close = true;
                for (int shift = 0; shift < 32; shift += 8) {
                    close &= Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)) <= 24;
                }
                same += close ? 1 : 0;
            }
        }
        return same / (double) (w * h);
    }
}
