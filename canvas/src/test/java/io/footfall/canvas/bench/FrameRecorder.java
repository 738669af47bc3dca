package io.footfall.canvas.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
    /**
     * @param millis    wall time between pulses
     * @param cpuMillis CPU time the JavaFX thread and the renderer thread spent per frame: on a shared,
     *                  oversubscribed machine this is the frame's own cost, without the wait for a core
     * @param processCpuMillis CPU time of the whole process over the measured frames, per frame (a mean: the
     *                  process clock ticks in 10 ms): also counts work on other threads (the OpenGL pipeline's
     *                  Mesa threads, garbage collection, the JIT), which the column above misses
     */
    record Result(String name, double[] millis, double[] cpuMillis, double[] renderCpuMillis, double processCpuMillis,
            boolean[] marked) {
        double percentile(double p) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
        }

        String line() {
            double[] cpu = cpuMillis.clone();
            Arrays.sort(cpu);
            double[] render = renderCpuMillis.clone();
            Arrays.sort(render);
            return String.format(Locale.ROOT, "%-55s wall median %7.2f p95 %7.2f ms | cpu median %6.2f p95 %6.2f"
                    + " max %6.1f (renderer thread median %5.2f; process mean %6.2f)", name, percentile(0.5),
                    percentile(0.95), cpu[cpu.length / 2], cpu[(int) (cpu.length * 0.95)], cpu[cpu.length - 1],
                    render[render.length / 2], processCpuMillis) + split();
        }

        /** CPU per frame apart for the marked frames (those that drew a refill strip) and the others. */
        private String split() {
            if (marked == null) {
                return "";
            }
            double[][] parts = new double[2][];
            for (int k = 0; k < 2; k++) {
                boolean want = k == 0;
                parts[k] = java.util.stream.IntStream.range(0, cpuMillis.length).filter(i -> marked[i] == want)
                        .mapToDouble(i -> cpuMillis[i]).sorted().toArray();
            }
            return String.format(Locale.ROOT, " | strip frames %d: cpu median %.2f p95 %.2f; others %d: median %.2f p95 %.2f",
                    parts[0].length, pct(parts[0], 0.5), pct(parts[0], 0.95), parts[1].length, pct(parts[1], 0.5), pct(parts[1], 0.95));
        }

        private static double pct(double[] sorted, double p) {
            return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
        }
    }

    private FrameRecorder() {
    }

    /** Runs {@code step} for warm-up then measured frames; completes with the measured intervals. Start on the FX thread. */
    static CompletableFuture<Result> record(String name, int warmup, int frames, IntConsumer step) {
        return record(name, warmup, frames, step, null);
    }

    /**
     * As above; {@code marks} (may be null) counts events such as refill strips drawn: a frame whose interval saw the
     * count go up is marked, and the result gives the marked and the other frames' CPU apart.
     */
    static CompletableFuture<Result> record(String name, int warmup, int frames, IntConsumer step,
            java.util.function.IntSupplier marks) {
        CompletableFuture<Result> done = new CompletableFuture<>();
        double[] millis = new double[frames];
        double[] cpuMillis = new double[frames];
        double[] renderCpuMillis = new double[frames];
        boolean[] marked = marks == null ? null : new boolean[frames];
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long fxThread = Thread.currentThread().getId();
        long renderThread = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).findFirst().orElse(-1);
        new AnimationTimer() {
            private int frame;
            private long last;
            private long lastCpu;
            private long lastRender;
            private long firstProcess;
            private int lastMark;

            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                long render = renderThread < 0 ? 0 : threads.getThreadCpuTime(renderThread);
                long cpu = threads.getThreadCpuTime(fxThread) + render;
                int mark = marks == null ? 0 : marks.getAsInt();
                if (frame > warmup && marked != null) {
                    marked[frame - warmup - 1] = mark != lastMark;
                }
                lastMark = mark;
                if (frame > warmup) {
                    millis[frame - warmup - 1] = (t - last) / 1e6;
                    cpuMillis[frame - warmup - 1] = (cpu - lastCpu) / 1e6;
                    renderCpuMillis[frame - warmup - 1] = (render - lastRender) / 1e6;
                }
                last = t;
                lastCpu = cpu;
                lastRender = render;
                if (frame == warmup) {
                    firstProcess = os.getProcessCpuTime();
                }
                if (frame == warmup + frames) {
                    stop();
                    done.complete(new Result(name, millis, cpuMillis, renderCpuMillis,
                            (os.getProcessCpuTime() - firstProcess) / 1e6 / frames, marked));
                    return;
                }
                step.accept(frame++);
            }
        }.start();
        return done;
    }
}
