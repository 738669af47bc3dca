package io.footfall.runtime.engine;

import io.footfall.runtime.api.StageKind;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The runner's counters for one stage. Written once per batch by the one thread that runs the stage
 * (never per record), read at any time from other threads through {@link #snapshot}.
 */
final class StageStats {
    private final String name;
    private final String type;
    private final StageKind kind;
    private final CountingStageMetrics custom;
    private final AtomicLong recordsIn = new AtomicLong();
    private final AtomicLong recordsOut = new AtomicLong();
    private final AtomicLong recordsError = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong busyNanos = new AtomicLong();
    /** Batch latency in microseconds; the recorder is wait-free for the writer. */
    private final Recorder latency = new Recorder(3);
    private final Histogram totalLatency = new Histogram(3);
    private Histogram recycled;

    StageStats(String name, String type, StageKind kind, CountingStageMetrics custom) {
        this.name = name;
        this.type = type;
        this.kind = kind;
        this.custom = custom;
    }

    void batch(int in, int out, int errors, long nanos) {
        if (in != 0) {
            recordsIn.addAndGet(in);
        }
        if (out != 0) {
            recordsOut.addAndGet(out);
        }
        if (errors != 0) {
            recordsError.addAndGet(errors);
        }
        batches.incrementAndGet();
        busyNanos.addAndGet(nanos);
        latency.recordValue(Math.max(0, TimeUnit.NANOSECONDS.toMicros(nanos)));
    }

    /** A consistent-enough view: counters are read one by one, the histogram is merged under a lock. */
    synchronized StageMetricsSnapshot snapshot(long elapsedNanos) {
        recycled = latency.getIntervalHistogram(recycled);
        totalLatency.add(recycled);
        long in = recordsIn.get();
        long out = recordsOut.get();
        double seconds = elapsedNanos / 1e9;
        long counted = kind == StageKind.ORIGIN ? out : in;
        double rate = seconds > 0 ? counted / seconds : 0;
        boolean any = totalLatency.getTotalCount() > 0;
        return new StageMetricsSnapshot(name, type, kind, in, out, recordsError.get(), batches.get(), rate,
                any ? totalLatency.getValueAtPercentile(50) : 0, any ? totalLatency.getValueAtPercentile(99) : 0,
                any ? totalLatency.getMaxValue() : 0, TimeUnit.NANOSECONDS.toMillis(busyNanos.get()),
                custom.counters(), custom.gauges());
    }
}
