package io.footfall.simulator;

import io.footfall.runtime.sighting.Sighting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Moves formatting and writing to a second thread so that the simulation and the JSON encoding use
 * both cores. Results are handed over in batches, in order, to a single writer thread, so the files
 * are byte-identical to writing directly.
 */
public final class AsyncOutput implements SimulationOutput {
    private static final int BATCH = 4096;
    private static final List<Object> END = List.of();

    private record Truth(long ts, String person, String device, String ble, double x, double y, String zone) {
    }

    private record Delayed(Sighting sighting, long delayMs) {
    }

    private final SimulationOutput target;
    private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(64);
    private final Thread writer;
    private List<Object> batch = new ArrayList<>(BATCH);
    private volatile Throwable failure;

    public AsyncOutput(SimulationOutput target) {
        this.target = target;
        writer = new Thread(this::drain, "footfall-sim-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void sighting(Sighting sighting, long deliveryDelayMs) throws IOException {
        add(deliveryDelayMs == 0 ? sighting : new Delayed(sighting, deliveryDelayMs));
    }

    @Override
    public void truth(long ts, String person, String device, String ble, double x, double y, String zone) throws IOException {
        add(new Truth(ts, person, device, ble, x, y, zone));
    }

    @Override
    public void visit(Visit visit) throws IOException {
        add(visit);
    }

    private void add(Object item) throws IOException {
        batch.add(item);
        if (batch.size() == BATCH) {
            handOver(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    private void handOver(List<Object> items) throws IOException {
        try {
            while (!queue.offer(items, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                checkWriter();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing", e);
        }
        checkWriter();
    }

    private void checkWriter() throws IOException {
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure != null) {
            throw new IOException("the writer thread failed: " + failure, failure);
        }
    }

    private void drain() {
        try {
            for (List<Object> items = queue.take(); items != END; items = queue.take()) {
                for (Object item : items) {
                    write(item);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            failure = e;
        }
    }

    private void write(Object item) throws IOException {
        if (item instanceof Truth t) {
            target.truth(t.ts, t.person, t.device, t.ble, t.x, t.y, t.zone);
        } else if (item instanceof Sighting s) {
            target.sighting(s, 0);
        } else if (item instanceof Delayed d) {
            target.sighting(d.sighting, d.delayMs);
        } else if (item instanceof Visit v) {
            target.visit(v);
        } else {
            throw new UncheckedIOException(new IOException("unexpected item " + item));
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (failure == null) {
                handOver(batch);
                handOver(END);
                writer.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing", e);
        } finally {
            target.close();
        }
        checkWriter();
    }
}
