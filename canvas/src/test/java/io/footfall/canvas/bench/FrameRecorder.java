package io.footfall.canvas.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;

/**
 * Measures frame times: on every pulse it applies one step of a scripted change (pan, zoom, heatmap)
 * and records the time since the previous pulse. With {@code -Djavafx.animation.fullspeed=true} pulses
 * are not held to 60 Hz, so the interval is what a frame costs (animation, layout, render).
 */
final class FrameRecorder {
    record Result(String name, double[] millis) {
        double percentile(double p) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
        }

        String line() {
            return String.format(Locale.ROOT, "%-44s frames %4d  median %6.2f ms  p95 %6.2f ms  max %6.2f ms",
                    name, millis.length, percentile(0.5), percentile(0.95), percentile(1.0));
        }
    }

    private FrameRecorder() {
    }

    /** Runs {@code step} for warm-up then measured frames; completes with the measured intervals. Start on the FX thread. */
    static CompletableFuture<Result> record(String name, int warmup, int frames, IntConsumer step) {
        CompletableFuture<Result> done = new CompletableFuture<>();
        double[] millis = new double[frames];
        new AnimationTimer() {
            private int frame;
            private long last;

            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                if (frame > warmup) {
                    millis[frame - warmup - 1] = (t - last) / 1e6;
                }
                last = t;
                if (frame == warmup + frames) {
                    stop();
                    done.complete(new Result(name, millis));
                    return;
                }
                step.accept(frame++);
            }
        }.start();
        return done;
    }
}
