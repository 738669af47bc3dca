package io.footfall.runtime.engine.testlib;

import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.RecordProcessor;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageException;

/** Test router: {@code /value} even to lane "even", odd to "odd"; fails the pipeline on {@code failOn}. */
public final class EvenOdd extends RecordProcessor {
    private long failOn;
    private boolean crash;

    @Override
    protected void configure(StageConfig config) {
        failOn = config.getLong("failOn");
        crash = config.getBoolean("crash");
    }

    @Override
    protected void process(Record record, BatchMaker out) throws StageException {
        long v = record.get("/value").asLong();
        if (failOn != 0 && v == failOn) {
            if (crash) {
                throw new IllegalStateException("boom at " + v);
            }
            throw new StageException("BAD_VALUE", "cannot go on at value " + v);
        }
        out.add(record, v % 2 == 0 ? "even" : "odd");
    }

    @Override
    public void destroy() {
        TestStageLibrary.log(context().instanceName() + ":destroy");
    }
}
