package io.footfall.runtime.analytics.tracking;

import io.footfall.runtime.api.StageException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the devices' queued work of one batch on {@code count} workers: worker 0 is the calling (pipeline)
 * thread, the others are threads of their own, started when first needed. Each device belongs to one worker
 * (its {@link DeviceState#worker}); the call returns when every worker is done, so the stage's thread sees all
 * the results. Nothing a worker does depends on another's, so the results are those of one thread.
 */
final class PositioningWorkers implements AutoCloseable {
    private static final AtomicInteger POOLS = new AtomicInteger();
    private final int count;
    private final List<List<DeviceState>> queued = new ArrayList<>();
    private final List<Future<?>> running = new ArrayList<>();
    private ExecutorService pool;

    PositioningWorkers(int count) {
        this.count = Math.max(1, count);
        for (int i = 0; i < this.count; i++) {
            queued.add(new ArrayList<>());
        }
    }

    int count() {
        return count;
    }

    /** The device has work queued in this batch (call once per batch, when its first work is queued). */
    void touched(DeviceState device) {
        queued.get(device.worker).add(device);
    }

    /** Runs every touched device's queue; the lists are empty again afterwards. */
    void runAll(double walkVariance) throws StageException {
        running.clear();
        for (int w = 1; w < count; w++) {
            List<DeviceState> devices = queued.get(w);
            if (!devices.isEmpty()) {
                running.add(pool().submit(() -> run(devices, walkVariance)));
            }
        }
        Throwable failure = null;
        try {
            run(queued.get(0), walkVariance);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                failure = failure != null ? failure : e.getCause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure != null ? failure : e;
            }
        }
        for (List<DeviceState> devices : queued) {
            devices.clear();
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new StageException("POSITIONING_WORKER", "a positioning worker failed: " + failure, failure);
        }
    }

    private static void run(List<DeviceState> devices, double walkVariance) {
        for (DeviceState d : devices) {
            d.runQueued(walkVariance);
        }
    }

    private ExecutorService pool() {
        if (pool == null) {
            int id = POOLS.incrementAndGet();
            AtomicInteger threads = new AtomicInteger();
            pool = Executors.newFixedThreadPool(count - 1, r -> {
                Thread t = new Thread(r, "footfall-positioning-" + id + "-" + threads.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
            pool = null;
        }
    }
}
