package io.footfall.runtime.api;

/** A stage that turns a batch into records on one or more output lanes. */
public interface Processor extends Stage {

    void process(Batch batch, BatchMaker out) throws StageException;

    /** Called when the pipeline stops, after the last batch: emit what is still held (open visits, windows). */
    default void flush(BatchMaker out) throws StageException {
    }
}
