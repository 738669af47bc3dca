package io.footfall.runtime.cli;

import io.footfall.runtime.engine.PipelineMetrics;
import io.footfall.runtime.engine.PipelineRunner;
import java.io.PrintWriter;
import java.util.List;

/**
 * Redraws the per-stage table a few times a second on a terminal (ANSI cursor movement), so a long run
 * shows it is alive; on a pipe or file nothing is drawn and only the summary is printed.
 */
final class LiveProgress implements AutoCloseable {
    private static final long REFRESH_MILLIS = 250;

    private final PipelineRunner runner;
    private final PrintWriter out;
    private final Thread thread;
    private volatile boolean running = true;
    private int drawnLines;
    private PipelineMetrics previous;

    LiveProgress(PipelineRunner runner, PrintWriter out) {
        this.runner = runner;
        this.out = out;
        this.thread = new Thread(this::loop, "footfall-progress");
        this.thread.setDaemon(true);
    }

    static boolean onTerminal() {
        return System.console() != null;
    }

    void start() {
        thread.start();
    }

    private void loop() {
        while (running) {
            draw();
            try {
                Thread.sleep(REFRESH_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void draw() {
        PipelineMetrics now = runner.metrics();
        List<String> lines = MetricsTable.lines(now, previous);
        previous = now;
        StringBuilder b = new StringBuilder();
        if (drawnLines > 0) {
            b.append("\033[").append(drawnLines).append('A');
        }
        for (String line : lines) {
            b.append('\r').append(line).append("\033[K\n");
        }
        out.print(b);
        out.flush();
        drawnLines = lines.size();
    }

    /** Stops redrawing and removes the live table, so the summary takes its place. */
    @Override
    public synchronized void close() {
        running = false;
        thread.interrupt();
        if (drawnLines > 0) {
            out.print("\033[" + drawnLines + "A\033[J");
            out.flush();
            drawnLines = 0;
        }
    }
}
