package io.footfall.runtime.engine;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The origin's own thread: calls produce() and puts each batch into a bounded queue. When the queue is
 * full it waits (back pressure), so a fast origin never holds more than {@code capacity + 1} batches.
 */
final class OriginPump {
    private static final long POLL_MILLIS = 50;

    private final StageGraph graph;
    private final BlockingQueue<OriginOutput> queue;
    private final int batchSize;
    private final long maxWaitMillis;
    private volatile boolean stopping;
    private Thread thread;

    OriginPump(StageGraph graph, int capacity, int batchSize, long maxWaitMillis) {
        this.graph = graph;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batchSize = batchSize;
        this.maxWaitMillis = maxWaitMillis;
    }

    void start(String startOffset, String threadName) {
        thread = new Thread(() -> pump(startOffset), threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void pump(String startOffset) {
        String offset = startOffset;
        while (!stopping) {
            OriginOutput out = graph.produce(offset, batchSize);
            if (!enqueue(out) || out.failure != null || out.last) {
                return;
            }
            offset = out.offset;
        }
    }

    private boolean enqueue(OriginOutput out) {
        try {
            while (!stopping) {
                if (queue.offer(out, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** The next batch, or null when none came within a short wait (check {@link #isDone()}). */
    OriginOutput poll() throws InterruptedException {
        return queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** The origin thread has ended and every batch it queued has been taken. */
    boolean isDone() {
        return (thread == null || !thread.isAlive()) && queue.isEmpty();
    }

    /**
     * Stops producing and waits for the origin's thread (a live origin returns within maxWaitMillis);
     * batches still queued are dropped: their offsets were never committed, so they are produced again next run.
     */
    void stop() {
        stopping = true;
        Thread t = thread;
        try {
            long deadline = System.currentTimeMillis() + maxWaitMillis + 5000;
            while (t != null && t.isAlive() && System.currentTimeMillis() < deadline) {
                queue.clear();
                t.join(POLL_MILLIS);
            }
            if (t != null && t.isAlive()) {
                t.interrupt();
                t.join(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        queue.clear();
    }
}
