package io.footfall.runtime.engine.testlib;

import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Processor;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageConfig;

/** Test processor holding state: passes records on, and at flush emits one record with how many it saw. */
public final class CountOnFlush extends AbstractStage implements Processor {
    private long seen;

    @Override
    protected void configure(StageConfig config) {
    }

    @Override
    public void process(Batch batch, BatchMaker out) {
        for (Record r : batch) {
            seen++;
            out.add(r);
        }
    }

    @Override
    public void flush(BatchMaker out) {
        Record total = new Record(context().instanceName() + ":total");
        total.set("/total", Field.of(seen));
        out.add(total);
    }
}
