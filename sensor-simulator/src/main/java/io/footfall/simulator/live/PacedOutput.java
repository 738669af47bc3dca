package io.footfall.simulator.live;

import io.footfall.runtime.sighting.Sighting;
import io.footfall.simulator.SimulationOutput;
import io.footfall.simulator.Visit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Publishes sightings live at {@code speed} × real time: a sighting stamped {@code ts} goes out
 * {@code (ts − start) / speed} after the first one, later if its sensor has a delay fault. The simulation
 * runs ahead; a bounded queue holds it back when it gets too far ahead. Closing waits until the last
 * sighting has been sent.
 */
public final class PacedOutput implements SimulationOutput {
    private static final int QUEUE_CAPACITY = 50_000;
    private static final Due END = new Due(Long.MAX_VALUE, -1, null);

    private record Due(long dueMs, long order, Sighting sighting) {
    }

    private final LivePublisher publisher;
    private final long startEpochMs;
    private final double speed;
    private final BlockingQueue<Due> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final Thread worker;
    private volatile IOException failure;
    private long order;

    public PacedOutput(LivePublisher publisher, long startEpochMs, double speed) {
        this.publisher = publisher;
        this.startEpochMs = startEpochMs;
        this.speed = speed;
        worker = new Thread(this::publishLoop, "footfall-live-publisher");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void sighting(Sighting s, long deliveryDelayMs) throws IOException {
        enqueue(new Due(s.ts() - startEpochMs + deliveryDelayMs, order++, s));
    }

    /** Waits for room in the queue, giving up when the publisher has failed. */
    private void enqueue(Due due) throws IOException {
        try {
            while (!queue.offer(due, 100, TimeUnit.MILLISECONDS)) {
                if (failure != null || !worker.isAlive()) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while publishing", e);
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void truth(long ts, String person, String device, String ble, double x, double y, String zone) {
    }

    @Override
    public void visit(Visit visit) {
    }

    private void publishLoop() {
        PriorityQueue<Due> pending = new PriorityQueue<>((a, b) -> a.dueMs != b.dueMs
                ? Long.compare(a.dueMs, b.dueMs) : Long.compare(a.order, b.order));
        long wallStart = System.nanoTime();
        boolean ended = false;
        try {
            while (!ended || !pending.isEmpty()) {
                double elapsedSimMs = (System.nanoTime() - wallStart) / 1e6 * speed;
                if (!pending.isEmpty() && pending.peek().dueMs <= elapsedSimMs) {
                    sendDue(pending, elapsedSimMs);
                    continue;
                }
                long waitMs = pending.isEmpty() ? 50 : Math.max(1, (long) ((pending.peek().dueMs - elapsedSimMs) / speed));
                Due next = ended ? null : queue.poll(Math.min(waitMs, 50), TimeUnit.MILLISECONDS);
                if (next == END) {
                    ended = true;
                } else if (next != null) {
                    pending.add(next);
                } else if (ended) {
                    Thread.sleep(Math.min(waitMs, 50));
                }
            }
        } catch (IOException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Everything due now, one message per sensor. */
    private void sendDue(PriorityQueue<Due> pending, double elapsedSimMs) throws IOException {
        Map<String, List<Sighting>> bySensor = new LinkedHashMap<>();
        while (!pending.isEmpty() && pending.peek().dueMs <= elapsedSimMs) {
            Sighting s = pending.poll().sighting;
            bySensor.computeIfAbsent(s.sensor(), k -> new ArrayList<>()).add(s);
        }
        for (Map.Entry<String, List<Sighting>> e : bySensor.entrySet()) {
            publisher.publish(e.getKey(), e.getValue());
        }
    }

    @Override
    public void close() throws IOException {
        try {
            enqueue(END);
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while publishing", e);
        } finally {
            publisher.close();
        }
        if (failure != null) {
            throw failure;
        }
    }
}
