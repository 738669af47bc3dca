package io.footfall.canvas.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.canvas.layer.HeatmapLayer;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The flattened gesture frame (floorplan bitmap, heat, pipeline bitmap) is drawn off the JavaFX thread after a
 * gesture's first frame: what it shows must be what the JavaFX thread would have drawn, and the JavaFX thread
 * must not wait for it.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenCompositeTest {
    private static final int W = 420;
    private static final int H = 300;

    private final ImageView shown = new ImageView();
    private final ImageView reference = new ImageView();
    private final Viewport viewport = new Viewport();
    private final HeatmapLayer heat = new HeatmapLayer();
    private final ScreenResampler.Picture floor = picture(640, 480, 1, false);
    private final ScreenResampler.Picture pipeline = picture(640, 480, 2, true);

    @Start
    void start(Stage stage) {
        Pane pane = new Pane(shown, reference);
        shown.setManaged(false);
        reference.setManaged(false);
        // The heat covers 500 × 360 world units from the origin; the pictures reach beyond it on every side.
        heat.setExtent(500 / WorldUnits.toWorld(1), 360 / WorldUnits.toWorld(1));
        heat.update(grid(0));
        viewport.translateXProperty().set(60);
        viewport.translateYProperty().set(40);
        stage.setScene(new Scene(pane, W, H));
        stage.show();
    }

    @Test
    void framesAfterTheFirstAreDrawnOnAWorkerAndEqualTheSameViewDrawnOnTheFxThread(FxRobot robot) {
        ScreenComposite composite = onFx(() -> new ScreenComposite(shown));
        onFx(() -> show(composite));
        assertThat(composite.drawnHereCount()).as("the first frame is drawn at once").isEqualTo(1);
        for (int step = 1; step <= 3; step++) {
            int s = step;
            boolean current = onFx(() -> {
                viewport.panBy(-13, -7);
                heat.update(grid(s));
                show(composite);
                return composite.isCurrent();
            });
            assertThat(current).as("handed to the worker, shown at a later pulse").isFalse();
            pumpUntilCurrent(composite);
            assertThat(pixels(shown)).as("step " + step).isEqualTo(referencePixels());
        }
        assertThat(composite.drawnHereCount()).isEqualTo(1);
        assertThat(composite.drawCount()).isEqualTo(4);
    }

    @Test
    void theFxThreadGoesOnWhileAFrameIsDrawnAndTheLatestViewIsShownAfterIt(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        // Holds each frame until released: if show() waited for the frame, it would never return below.
        Executor held = task -> {
            started.incrementAndGet();
            Thread t = new Thread(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    return;
                }
                task.run();
            });
            t.setDaemon(true);
            t.start();
        };
        ScreenComposite composite = onFx(() -> new ScreenComposite(shown, held));
        onFx(() -> show(composite));
        int[] first = pixels(shown);
        onFx(() -> {
            viewport.panBy(9, 4);
            heat.update(grid(1));
            show(composite); // returns although its frame cannot be drawn yet
            return null;
        });
        assertThat(started.get()).isEqualTo(1);
        assertThat(onFx(composite::isCurrent)).isFalse();
        assertThat(onFx(() -> composite.reads(floor.argb()))).as("the frame being drawn reads the bitmap").isTrue();
        assertThat(pixels(shown)).as("the last frame stays on screen meanwhile").isEqualTo(first);
        onFx(() -> {
            viewport.panBy(9, 4);
            heat.update(grid(2));
            show(composite); // while the worker is busy: replaces what is to be drawn next, starts nothing
            show(composite);
            return null;
        });
        assertThat(started.get()).isEqualTo(1);

        release.countDown();
        pumpUntilCurrent(composite);
        assertThat(started.get()).as("the frame in flight, then the latest view").isEqualTo(2);
        assertThat(pixels(shown)).isEqualTo(referencePixels());
        assertThat(onFx(() -> composite.reads(floor.argb()))).isFalse();
    }

    @Test
    void aFrameStillBeingDrawnWhenTheGestureEndsIsNeverShown(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Executor held = task -> new Thread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                return;
            }
            task.run();
        }).start();
        ScreenComposite composite = onFx(() -> new ScreenComposite(shown, held));
        onFx(() -> show(composite));
        onFx(() -> {
            viewport.panBy(30, 0);
            show(composite);
            composite.hide(); // the gesture ended
            viewport.panBy(-50, 10);
            show(composite); // the next gesture's first frame, drawn at once
            return null;
        });
        int[] next = referencePixels();
        assertThat(pixels(shown)).isEqualTo(next);
        release.countDown();
        Thread.sleep(200);
        onFx(() -> show(composite));
        assertThat(pixels(shown)).as("the stale frame was dropped").isEqualTo(next);
        assertThat(composite.isShown()).isTrue();
    }

    private Void show(ScreenComposite composite) {
        composite.show(floor, null, heat, pipeline, null, viewport, W, H, false);
        return null;
    }

    /** The same view drawn on the JavaFX thread by a composite of its own (a first frame is drawn at once). */
    private int[] referencePixels() {
        ScreenComposite fresh = onFx(() -> new ScreenComposite(reference));
        onFx(() -> show(fresh));
        int[] p = pixels(reference);
        onFx(() -> {
            fresh.hide();
            return null;
        });
        return p;
    }

    /** Calls show() as the pulses would, until the frame for the current view is on screen. */
    private void pumpUntilCurrent(ScreenComposite composite) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!onFx(() -> {
            show(composite);
            return composite.isCurrent();
        })) {
            assertThat(System.nanoTime()).as("the frame is shown within 10 s").isLessThan(end);
            sleep(5);
        }
    }

    /** The part of the window the view shows, as the screen would (its viewport's pixels of its image). */
    private static int[] pixels(ImageView view) {
        return onFx(() -> {
            Rectangle2D part = view.getViewport();
            int x = (int) part.getMinX();
            int y = (int) part.getMinY();
            int w = (int) part.getWidth();
            int h = (int) part.getHeight();
            int[] argb = new int[w * h + 4];
            view.getImage().getPixelReader().getPixels(x, y, w, h, PixelFormat.getIntArgbPreInstance(), argb, 4, w);
            argb[0] = x;
            argb[1] = y;
            argb[2] = w;
            argb[3] = h;
            return argb;
        });
    }

    /** Opaque noise (the floorplan) or mostly transparent, partly translucent noise (the pipeline), premultiplied. */
    private static ScreenResampler.Picture picture(int w, int h, long seed, boolean sparse) {
        Random random = new Random(seed);
        int[] argb = new int[w * h];
        for (int i = 0; i < argb.length; i++) {
            if (sparse && random.nextInt(5) != 0) {
                continue;
            }
            int a = sparse ? 40 + random.nextInt(216) : 255;
            int r = random.nextInt(a + 1);
            int g = random.nextInt(a + 1);
            int b = random.nextInt(a + 1);
            argb[i] = a << 24 | r << 16 | g << 8 | b;
        }
        return new ScreenResampler.Picture(argb, w, h, 1, -80, -60);
    }

    /** 12 × 16 cells, a warm spot that moves with {@code step}, cold (transparent) cells around it. */
    private static double[][] grid(int step) {
        double[][] g = new double[12][16];
        for (int r = 0; r < 12; r++) {
            for (int c = 0; c < 16; c++) {
                double d = Math.hypot(r - 5 - step * 0.5, c - 6 - step);
                g[r][c] = Math.max(0, 6 - d);
            }
        }
        return g;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> task) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, task);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
