package io.footfall.runtime.engine.testlib;

import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.OnRecordErrorException;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.RecordProcessor;
import io.footfall.runtime.api.StageConfig;

/** Test processor: {@code /line} as a whole number into {@code /value}; anything else is a record error. */
public final class ParseNumber extends RecordProcessor {

    @Override
    protected void configure(StageConfig config) {
        TestStageLibrary.log(context().instanceName() + ":init");
    }

    @Override
    protected void process(Record record, BatchMaker out) throws OnRecordErrorException {
        String line = record.getString("/line");
        try {
            record.set("/value", Field.of(Long.parseLong(line.strip())));
        } catch (NumberFormatException | NullPointerException e) {
            throw new OnRecordErrorException("NOT_A_NUMBER", "'" + line + "' is not a whole number");
        }
        out.add(record);
    }

    @Override
    public void destroy() {
        TestStageLibrary.log(context().instanceName() + ":destroy");
    }
}
