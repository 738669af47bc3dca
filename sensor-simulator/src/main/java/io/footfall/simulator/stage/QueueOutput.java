package io.footfall.simulator.stage;

import io.footfall.runtime.sighting.Sighting;
import io.footfall.simulator.SimulationOutput;
import io.footfall.simulator.Visit;
import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands a running simulation's sightings to the origin's thread through a bounded queue: the simulation
 * waits when the pipeline is behind and gives up when the origin is stopped.
 */
final class QueueOutput implements SimulationOutput {
    /** Marks the end of the run in the queue. */
    static final Sighting END = new Sighting(Long.MAX_VALUE, "-", "-", 0, "-");
    private static final int CAPACITY = 20_000;

    private final BlockingQueue<Sighting> queue = new ArrayBlockingQueue<>(CAPACITY);
    private volatile boolean stopped;

    @Override
    public void sighting(Sighting sighting, long deliveryDelayMs) throws IOException {
        put(sighting);
    }

    private void put(Sighting s) throws IOException {
        try {
            while (!queue.offer(s, 100, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    throw new IOException("the pipeline stopped reading the simulation");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public void truth(long ts, String person, String device, String ble, double x, double y, String zone) {
    }

    @Override
    public void visit(Visit visit) {
    }

    @Override
    public void close() throws IOException {
        if (!stopped) {
            put(END);
        }
    }

    /** The next sighting, or null when none arrives within {@code waitMs}. */
    Sighting poll(long waitMs) throws InterruptedException {
        return queue.poll(waitMs, TimeUnit.MILLISECONDS);
    }

    void stop() {
        stopped = true;
        queue.clear();
    }
}
