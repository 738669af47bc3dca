package io.footfall.runtime.engine;

import io.footfall.runtime.api.StageKind;
import java.util.Map;

/**
 * One stage's figures at one moment.
 *
 * @param recordsIn         records handed to the stage (0 for an origin)
 * @param recordsOut        records the stage put on its output lanes (for an origin: records produced)
 * @param recordsError      records the stage sent to the error stream
 * @param recordsPerSecond  records in (origin: out) per second since the pipeline started
 * @param latencyP50Micros  median time the stage took per batch (origin: per produce call)
 * @param busyMillis        total time spent inside the stage (process/write/produce calls)
 * @param counters          the stage's own counters (see {@link io.footfall.runtime.api.StageMetrics})
 */
public record StageMetricsSnapshot(String name, String type, StageKind kind, long recordsIn, long recordsOut,
                                   long recordsError, long batches, double recordsPerSecond, long latencyP50Micros,
                                   long latencyP99Micros, long latencyMaxMicros, long busyMillis,
                                   Map<String, Long> counters,
                                   Map<String, Double> gauges) {

    public StageMetricsSnapshot {
        counters = Map.copyOf(counters);
        gauges = Map.copyOf(gauges);
    }
}
