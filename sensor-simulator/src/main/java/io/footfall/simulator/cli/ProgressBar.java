package io.footfall.simulator.cli;

import java.io.PrintWriter;
import java.util.function.LongConsumer;

/** A one-line progress bar for a terminal, redrawn at most five times a second. */
final class ProgressBar implements LongConsumer {
    private static final int WIDTH = 30;
    private final PrintWriter out;
    private final long total;
    private long lastDraw;

    ProgressBar(PrintWriter out, long total) {
        this.out = out;
        this.total = total;
    }

    @Override
    public void accept(long done) {
        long now = System.nanoTime();
        if (now - lastDraw < 200_000_000L && done < total) {
            return;
        }
        lastDraw = now;
        int filled = (int) (WIDTH * Math.min(1.0, (double) done / total));
        out.printf("\r[%s%s] %3d%%  %s of %s simulated", "#".repeat(filled), "-".repeat(WIDTH - filled),
                Math.min(100, done * 100 / total), io.footfall.simulator.Durations.format(done),
                io.footfall.simulator.Durations.format(total));
        out.flush();
    }

    void finish() {
        out.print("\r" + " ".repeat(WIDTH + 50) + "\r");
        out.flush();
    }
}
