package io.footfall.runtime.engine.testlib;

import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.Destination;
import io.footfall.runtime.api.StageConfig;

/** Test destination that only counts, into the stage's own metrics counter {@code written}. */
public final class CountingSink extends AbstractStage implements Destination {

    @Override
    protected void configure(StageConfig config) {
    }

    @Override
    public void write(Batch batch) {
        context().metrics().count("written", batch.size());
    }
}
