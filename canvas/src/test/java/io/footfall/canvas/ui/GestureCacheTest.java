package io.footfall.canvas.ui;

import static io.footfall.canvas.testing.PixelMatch.sameShare;
import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.canvas.layer.HeatmapLayer;
import io.footfall.canvas.model.GraphNode;
import io.footfall.canvas.view.GestureCache;
import io.footfall.canvas.view.WorldUnits;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

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
        assertThat(cache.isResampled()).as("a pan copies the bitmap at its own scale").isFalse();
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
        // One jump past the margin (a quarter of the window on each side): too far for a refill to follow.
        pan(robot, -400, 130);
        assertThat(cache.snapshotCount()).isGreaterThan(drawn);
        Image bitmap = snapshot(robot);
        robot.interact(cache::stop);
        assertThat(sameShare(bitmap, snapshot(robot))).isGreaterThan(0.99);
    }

    @Test
    void aSteadyPanRefillsTheBitmapStripByStripInsteadOfRedrawingItAndStillMatches(FxRobot robot) {
        pan(robot, 6, 0);
        pan(robot, 6, 0);
        int drawn = cache.snapshotCount();
        int refilled = cache.refillCount();
        // Small steps, as a drag makes them: each refill is done long before the view reaches the bitmap's edge.
        for (int i = 0; i < 100; i++) {
            pan(robot, -6, 2);
        }
        assertThat(cache.refillCount()).isGreaterThan(refilled);
        assertThat(cache.snapshotCount()).as("no whole redraw of the bitmap").isEqualTo(drawn);
        assertThat(cache.isResampled()).isFalse();
        Image bitmap = snapshot(robot);
        robot.interact(cache::stop);
        assertThat(sameShare(bitmap, snapshot(robot))).isGreaterThan(0.99);
    }

    @Test
    void aStageMovedOnScreenDuringTheGestureIsOnTheScreenWhenItEnds(FxRobot robot) {
        // The layers sit out the per-frame bounds pass while the bitmap is shown; a change made meanwhile must
        // still reach the renderer with its new bounds, or the stage would be culled where it now is.
        pan(robot, 4, 0);
        pan(robot, 4, 0);
        assertThat(cache.isActive()).isTrue();
        GraphNode parse = node("parse");
        Point2D target = canvas.viewport().screenToWorld(canvas.getWidth() * 0.5, canvas.getHeight() * 0.15);
        Point2D onScreen = canvasPoint(canvas.getWidth() * 0.5, canvas.getHeight() * 0.15);
        Rectangle2D box = new Rectangle2D(onScreen.getX() + 4, onScreen.getY() + 4, 30, 12);
        robot.interact(() -> parse.moveTo(-500, -500, true)); // off screen first, and drawn there
        robotIdle(robot);
        robot.interact(cache::stop);
        robotIdle(robot);
        Image without = robot.capture(box).getImage();
        pan(robot, 4, 0);
        pan(robot, 4, 0);
        assertThat(cache.isActive()).isTrue();
        robot.interact(() -> parse.moveTo(WorldUnits.toMeters(target.getX()), WorldUnits.toMeters(target.getY()), true));
        robotIdle(robot);
        robot.interact(cache::stop);
        robotIdle(robot);
        Image with = robot.capture(box).getImage();
        assertThat(sameShare(without, with)).as("the stage's box now covers that part of the screen").isLessThan(0.5);
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

    @Test
    void aZoomGestureScalesTheBitmapWithoutRedrawingAndSettlesSharpWithThePointerFixed(FxRobot robot) {
        Point2D pointer = new Point2D(430, 260);
        Point2D worldUnder = canvas.viewport().screenToWorld(pointer.getX(), pointer.getY());
        double startScale = canvas.viewport().getScale();
        int before = cache.snapshotCount();
        // 1.2^7 = 3.6: magnified up to the limit, never past it, so the one bitmap of the second step does.
        for (int i = 0; i < 7; i++) {
            zoom(robot, 1.2, pointer);
        }
        assertThat(cache.isActive()).isTrue();
        assertThat(cache.snapshotCount()).isEqualTo(before + 1);
        assertThat(cache.isResampled()).isTrue();
        assertThat(cache.bitmapScale()).isCloseTo(startScale * 1.44, org.assertj.core.api.Assertions.within(1e-9));
        Image during = snapshot(robot);

        // Let the gesture end by itself (one more step there and back restarts the pause with a short settle time):
        // the live layers return, drawn at the new scale, and the world point under the pointer stayed put.
        robot.interact(() -> {
            cache.setSettle(Duration.millis(150));
            canvas.viewport().zoomAt(1.2, pointer.getX(), pointer.getY());
            canvas.viewport().zoomAt(1 / 1.2, pointer.getX(), pointer.getY());
        });
        waitUntilSettled(robot);
        assertThat(canvas.floorplanLayer().getParent().getOpacity()).isEqualTo(1);
        Point2D still = canvas.viewport().worldToScreen(worldUnder.getX(), worldUnder.getY());
        assertThat(still.distance(pointer)).isLessThan(1e-6);
        Image settled = snapshot(robot);
        // The magnified bitmap sat where the live layers are now (the same picture, softer)...
        assertThat(sameShare(during, settled)).isGreaterThan(0.9);
        // ...and was visibly softer: the settled view is drawn anew, not the stretched bitmap.
        assertThat(sameShare(during, settled)).isLessThan(0.9999);
    }

    @Test
    void zoomingOutPastTheBitmapFillsTheEdgesFromAnOverviewInsteadOfRedrawing(FxRobot robot) {
        Point2D pointer = new Point2D(300, 160);
        int drawn = cache.snapshotCount();
        int overviews = cache.overviewCount();
        assertThat(zoneName("Books").isVisible()).isTrue();
        for (int i = 0; i < 6; i++) {
            zoom(robot, 0.8, pointer);
        }
        assertThat(cache.snapshotCount()).isEqualTo(drawn + 1);
        assertThat(cache.overviewCount()).isEqualTo(overviews + 1);
        assertThat(cache.isOverviewShown()).isTrue();
        Image during = snapshot(robot);
        robot.interact(cache::stop);
        assertThat(cache.isOverviewShown()).isFalse();
        assertThat(sameShare(during, snapshot(robot))).isGreaterThan(0.97);
        // Labels too small to read at the new scale are hidden once the live layers return (skipped per step).
        assertThat(zoneName("Books").isVisible()).isFalse();
        robot.interact(() -> canvas.viewport().zoomAt(1 / Math.pow(0.8, 6), pointer.getX(), pointer.getY()));
        robotIdle(robot);
        assertThat(zoneName("Books").isVisible()).isTrue();
    }

    @Test
    void heatmapUpdatesDuringAPanShowOverTheBitmapWithoutRedrawingIt(FxRobot robot) {
        HeatmapLayer heat = canvas.heatmapLayer();
        robot.interact(() -> heat.update(halfHot(true)));
        pan(robot, 6, 0);
        pan(robot, 6, 0);
        assertThat(cache.isActive()).isTrue();
        int drawn = cache.snapshotCount();
        int[] left = redPixels(snapshot(robot));
        assertThat(left[0]).isGreaterThan(5 * left[1]);

        robot.interact(() -> heat.update(halfHot(false)));
        pan(robot, 6, 0);
        Image during = snapshot(robot);
        int[] right = redPixels(during);
        assertThat(cache.isActive()).isTrue();
        assertThat(cache.isHeatDrawnOnScreen()).isTrue();
        assertThat(cache.snapshotCount()).isEqualTo(drawn);
        assertThat(right[1]).isGreaterThan(5 * right[0]);
        // The screen-resolution heat between the bitmaps looks like the layer's own stretched image.
        robot.interact(cache::stop);
        assertThat(cache.isHeatDrawnOnScreen()).isFalse();
        assertThat(sameShare(during, snapshot(robot))).isGreaterThan(0.99);
    }

    @Test
    void aMovingZoomIsResampledCoarselyAndSmoothedAsSoonAsTheViewRests(FxRobot robot) throws Exception {
        assertThat(coarseFramesOfAZoom(robot)).as("frames of the moving zoom, resampled coarsely").containsOnly(true);
        assertThat(cache.isResampled()).isTrue();
        awaitSmooth(robot);
        assertThat(cache.isCoarse()).as("redrawn smoothly once a frame went by without a change").isFalse();
        Image smooth = snapshot(robot);
        robot.interact(cache::stop);
        assertThat(sameShare(smooth, snapshot(robot))).isGreaterThan(0.9);
    }

    @Test
    void overAShownHeatmapAMovingZoomIsCoarseInTheFlattenedImageAndSmoothWhenTheViewRests(FxRobot robot) throws Exception {
        robot.interact(() -> canvas.heatmapLayer().update(halfHot(true)));
        assertThat(coarseFramesOfAZoom(robot)).containsOnly(true);
        assertThat(cache.isHeatDrawnOnScreen()).isTrue();
        assertThat(cache.isResampled()).isTrue();
        awaitSmooth(robot);
        assertThat(cache.isCoarse()).isFalse();
        Image smooth = snapshot(robot);
        robot.interact(cache::stop);
        assertThat(sameShare(smooth, snapshot(robot))).isGreaterThan(0.9);
    }

    /** Zooms in a little on every frame for 8 frames; whether each frame from the third on was drawn coarsely. */
    private List<Boolean> coarseFramesOfAZoom(FxRobot robot) throws Exception {
        List<Boolean> coarse = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        robot.interact(() -> new AnimationTimer() {
            private int frame;

            @Override
            public void handle(long now) {
                if (frame >= 3) {
                    coarse.add(cache.isCoarse()); // as the previous frame's pulse drew it
                }
                if (++frame > 8) {
                    stop();
                    done.complete(null);
                    return;
                }
                canvas.viewport().zoomAt(1.04, 400, 250);
            }
        }.start());
        done.get(20, TimeUnit.SECONDS);
        robotIdle(robot);
        awaitScreen(robot);
        assertThat(coarse).hasSize(6);
        return coarse;
    }

    @Test
    void framesSlowerThanTheSettleTimeDoNotEndTheGesture(FxRobot robot) throws Exception {
        robot.interact(() -> cache.setSettle(Duration.millis(40)));
        int before = cache.snapshotCount();
        List<Boolean> active = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        robot.interact(() -> new AnimationTimer() {
            private int frame;

            @Override
            public void handle(long now) {
                if (frame >= 2) {
                    active.add(cache.isActive());
                }
                if (++frame > 8) {
                    stop();
                    done.complete(null);
                    return;
                }
                canvas.viewport().panBy(5, 0);
                sleep(90); // a frame that takes longer than the settle time
            }
        }.start());
        done.get(20, TimeUnit.SECONDS);
        assertThat(active).hasSize(7).containsOnly(true);
        assertThat(cache.snapshotCount()).isEqualTo(before + 1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** 12 × 24 cells, the left (or right) half of the plan hot, the other half cold. */
    private static double[][] halfHot(boolean leftHot) {
        double[][] grid = new double[12][24];
        for (double[] row : grid) {
            for (int c = 0; c < row.length; c++) {
                row[c] = (c < row.length / 2) == leftHot ? 1 : 0;
            }
        }
        return grid;
    }

    /** Red-dominated pixels over the plan's left and right halves (the hot end of the ramp is red). */
    private int[] redPixels(Image image) {
        int[] counts = new int[2];
        PixelReader r = image.getPixelReader();
        double w = WorldUnits.toWorld(canvas.getFloorplan().width());
        double h = WorldUnits.toWorld(canvas.getFloorplan().height());
        for (int half = 0; half < 2; half++) {
            // Stay a cell away from the border between the halves, where the smooth ramp blends them.
            for (double x = half * w / 2 + w / 12; x < (half + 1) * w / 2 - w / 12; x += 3) {
                for (double y = h / 12; y < h - h / 12; y += 3) {
                    Point2D p = canvas.viewport().worldToScreen(x, y);
                    int argb = r.getArgb((int) p.getX(), (int) p.getY());
                    int red = (argb >> 16) & 0xff;
                    int green = (argb >> 8) & 0xff;
                    int blue = argb & 0xff;
                    counts[half] += red > green + 60 && red > blue + 60 ? 1 : 0;
                }
            }
        }
        return counts;
    }

    private javafx.scene.text.Text zoneName(String name) {
        return canvas.floorplanLayer().lookupAll("Text").stream().map(javafx.scene.text.Text.class::cast)
                .filter(t -> t.getText().equals(name)).findFirst().orElseThrow();
    }

    private void waitUntilSettled(FxRobot robot) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (cache.isActive() && System.nanoTime() < end) {
            robot.sleep(50);
        }
        assertThat(cache.isActive()).as("the gesture settles").isFalse();
    }

    private void zoom(FxRobot robot, double factor, Point2D pointer) {
        robot.interact(() -> canvas.viewport().zoomAt(factor, pointer.getX(), pointer.getY()));
        robotIdle(robot);
        awaitScreen(robot);
    }

    private void pan(FxRobot robot, double dx, double dy) {
        robot.interact(() -> canvas.viewport().panBy(dx, dy));
        robotIdle(robot); // a pulse, in which the bitmap is drawn or moved
        awaitScreen(robot);
    }

    /** Until the view, resting, is shown resampled smoothly (drawn off the JavaFX thread, shown a pulse or two later). */
    private void awaitSmooth(FxRobot robot) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while ((WaitForAsyncUtils.waitForAsyncFx(10_000, cache::isCoarse) || !WaitForAsyncUtils.waitForAsyncFx(10_000, cache::isScreenCurrent))
                && System.nanoTime() < end) {
            robot.sleep(10);
        }
    }

    /** Until a frame drawn off the JavaFX thread (resampled, or flattened with the heat) for the view as it is now is shown. */
    private void awaitScreen(FxRobot robot) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!WaitForAsyncUtils.waitForAsyncFx(10_000, cache::isScreenCurrent) && System.nanoTime() < end) {
            robot.sleep(10);
        }
        assertThat(cache.isScreenCurrent()).as("the frame for the current view is shown").isTrue();
    }

    private Image snapshot(FxRobot robot) {
        Image[] shot = new Image[1];
        robot.interact(() -> {
            shot[0] = canvas.snapshot(null, null);
        });
        return shot[0];
    }
}
