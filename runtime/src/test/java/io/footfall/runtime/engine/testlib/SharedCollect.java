package io.footfall.runtime.engine.testlib;

import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.Destination;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.SharedInput;
import io.footfall.runtime.api.StageConfig;

/**
 * Test destination that only reads ({@link SharedInput}): keeps the record objects it is given in
 * {@link TestStageLibrary#collected(String)} under its {@code key} (to prove they are shared, not copied), logs
 * the thread it ran on, and sends the record whose {@code /value} is {@code errorOn} to the error stream.
 */
public final class SharedCollect extends AbstractStage implements Destination, SharedInput {
    private String key;
    private long errorOn;

    @Override
    protected void configure(StageConfig config) {
        key = config.getString("key");
        errorOn = config.getLong("errorOn");
    }

    @Override
    public void write(Batch batch) {
        TestStageLibrary.log(key + ":thread:" + Thread.currentThread().getName());
        for (Record r : batch) {
            TestStageLibrary.collected(key).add(r);
            if (r.get("/value").asLong() == errorOn) {
                context().toError(r, "SEEN", "value " + errorOn);
            }
        }
    }
}
