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

    /**
     * The batch that ended at {@code offset} was written by every destination and its offset committed.
     * Called on the pipeline's thread (not the one calling {@link #produce}), once per batch, in the order
     * the batches were produced; batches still queued when a pipeline stops are never committed. An origin
     * that acknowledges to its source (an MQTT broker) does it here and not earlier: the origin produces
     * ahead of the writing, so a later produce() call does not mean the previous batch was written.
     */
    default void committed(String offset) {
    }
}
