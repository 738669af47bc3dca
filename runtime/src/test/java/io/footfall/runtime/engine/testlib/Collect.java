package io.footfall.runtime.engine.testlib;

import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.Destination;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageConfig;

/**
 * Test destination keeping what it receives in {@link TestStageLibrary#collected(String)} under its
 * {@code key}; with {@code mutate} it changes every record it gets (to prove fan-out copies).
 */
public final class Collect extends AbstractStage implements Destination {
    private String key;
    private boolean mutate;
    private long delayMillis;

    @Override
    protected void configure(StageConfig config) {
        key = config.getString("key");
        mutate = config.getBoolean("mutate");
        delayMillis = config.getLong("delayMillis");
        TestStageLibrary.log(context().instanceName() + ":init");
    }

    @Override
    public void write(Batch batch) {
        if (delayMillis > 0 && batch.size() > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Record r : batch) {
            if (mutate) {
                r.set("/mutatedBy", io.footfall.runtime.api.Field.of(context().instanceName()));
            }
            TestStageLibrary.collected(key).add(r);
        }
    }

    @Override
    public void destroy() {
        TestStageLibrary.log(context().instanceName() + ":destroy");
    }
}
