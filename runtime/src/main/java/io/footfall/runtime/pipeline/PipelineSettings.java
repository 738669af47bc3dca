package io.footfall.runtime.pipeline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How the runner drives the pipeline.
 *
 * @param batchSize     the most records an origin produces per batch
 * @param maxWaitMillis how long a live origin waits for data before handing over a smaller batch
 * @param queueBatches  how many produced batches may wait for processing (back pressure beyond that)
 * @param threads       how many batches are processed at once (1 keeps record order)
 */
@JsonPropertyOrder({"batchSize", "maxWaitMillis", "queueBatches", "threads"})
public record PipelineSettings(int batchSize, long maxWaitMillis, int queueBatches, int threads) {

    public static PipelineSettings defaults() {
        return new PipelineSettings(1000, 1000, 4, 1);
    }

    public PipelineSettings {
        batchSize = batchSize <= 0 ? 1000 : batchSize;
        maxWaitMillis = maxWaitMillis <= 0 ? 1000 : maxWaitMillis;
        queueBatches = queueBatches <= 0 ? 4 : queueBatches;
        threads = threads <= 0 ? 1 : threads;
    }
}
