package io.footfall.runtime.api;

/** A stage that produces records: files, sensors, brokers, the simulator. Runs on its own thread. */
public interface Origin extends Stage {

    /**
     * Produces up to {@code maxBatchSize} records into {@code out}, starting after {@code lastOffset}
     * (null on a first run). Returns the new offset, or {@code null} when the origin has no more data
     * and the pipeline should finish. A live origin returns (possibly with no records) within
     * {@link StageContext#maxWaitMillis()} so the pipeline can stop promptly.
     */
    String produce(String lastOffset, int maxBatchSize, BatchMaker out) throws StageException;
}
