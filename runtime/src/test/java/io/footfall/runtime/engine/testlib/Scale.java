package io.footfall.runtime.engine.testlib;

import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.RecordProcessor;
import io.footfall.runtime.api.StageConfig;

/** Test processor at version 2 (version 1 called {@code factor} {@code multiplier}): {@code /value} times factor. */
public final class Scale extends RecordProcessor {
    private long factor;

    @Override
    protected void configure(StageConfig config) {
        factor = config.getLong("factor");
    }

    @Override
    protected void process(Record record, BatchMaker out) {
        record.set("/value", Field.of(record.get("/value").asLong() * factor));
        out.add(record);
    }
}
