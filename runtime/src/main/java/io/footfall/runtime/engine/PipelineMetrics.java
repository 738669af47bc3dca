package io.footfall.runtime.engine;

import java.util.List;
import java.util.Optional;

/**
 * What a running (or finished) pipeline looks like at one moment; cheap enough to poll a few times a
 * second from the studio, the server or the CLI's progress display.
 *
 * @param committedOffset the origin offset of the last batch that was fully written (null before the first)
 * @param errorRecords    records written to the error stream
 * @param stages          one entry per stage, origin first, in the order they run
 */
public record PipelineMetrics(String pipeline, PipelineState state, long startedAtMillis, long elapsedMillis,
                              long batches, String committedOffset, long errorRecords,
                              List<StageMetricsSnapshot> stages) {

    public PipelineMetrics {
        stages = List.copyOf(stages);
    }

    public Optional<StageMetricsSnapshot> stage(String name) {
        return stages.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
