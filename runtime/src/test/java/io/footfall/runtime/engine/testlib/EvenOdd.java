package io.footfall.runtime.engine.testlib;

import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.Processor;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageException;

/**
 * Test router (a whole-batch processor, so its exceptions reach the runner): {@code /value} even to lane
 * "even", odd to "odd"; at {@code failOn} it throws a StageException, or with {@code crash} an Error.
 */
public final class EvenOdd extends AbstractStage implements Processor {
    private long failOn;
    private boolean crash;

    @Override
    protected void configure(StageConfig config) {
        failOn = config.getLong("failOn");
        crash = config.getBoolean("crash");
    }

    @Override
    public void process(Batch batch, BatchMaker out) throws StageException {
        for (Record record : batch) {
            long v = record.get("/value").asLong();
            if (failOn != 0 && v == failOn) {
                if (crash) {
                    // An Error, not an exception: the runner must still name the stage and stop cleanly.
                    throw new AssertionError("boom at " + v);
                }
                throw new StageException("BAD_VALUE", "cannot go on at value " + v);
            }
            out.add(record, v % 2 == 0 ? "even" : "odd");
        }
    }

    @Override
    public void destroy() {
        TestStageLibrary.log(context().instanceName() + ":destroy");
    }
}
