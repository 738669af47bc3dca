package io.footfall.runtime.connect;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hand-over between a network thread (Paho's callback, a Netty event loop) and the origin's
 * {@code produce()}: a fixed-capacity queue, so a sender faster than the pipeline either waits
 * ({@link OverflowPolicy#BLOCK}, which stops reading the socket) or loses messages that are counted
 * and logged ({@link OverflowPolicy#DROP}) — never unbounded memory.
 */
public final class BoundedInbox<T> {
    private static final Logger LOG = LoggerFactory.getLogger(BoundedInbox.class);

    private final ArrayBlockingQueue<T> queue;
    private final String owner;
    private final LongAdder dropped = new LongAdder();

    public BoundedInbox(int capacity, String owner) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.owner = owner;
    }

    /** Adds without waiting; false when full (the caller keeps it and pushes back on its sender). */
    public boolean offer(T item) {
        return queue.offer(item);
    }

    /** Adds without waiting; false (and counted, logged) when full. */
    public boolean offerOrDrop(T item, String reason) {
        if (queue.offer(item)) {
            return true;
        }
        dropped.increment();
        long n = dropped.sum();
        // Log the first drop and then every power of two, so a flood does not flood the log too.
        if (Long.bitCount(n) == 1) {
            LOG.warn("{}: dropped {} message(s) so far: {} (queue of {} full)", owner, n, reason,
                    queue.remainingCapacity() + queue.size());
        }
        return false;
    }

    /**
     * Waits for room while {@code running} says so; returns false when it stopped first. Waiting here
     * is the back pressure: the caller's thread stops reading from its socket.
     */
    public boolean putWhile(T item, BooleanSupplier running) throws InterruptedException {
        while (running.getAsBoolean()) {
            if (queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                return true;
            }
        }
        return false;
    }

    /** The next item, waiting up to {@code waitMillis}; null when none came. */
    public T poll(long waitMillis) throws InterruptedException {
        return waitMillis <= 0 ? queue.poll() : queue.poll(waitMillis, TimeUnit.MILLISECONDS);
    }

    public int size() {
        return queue.size();
    }

    public void clear() {
        queue.clear();
    }
}
