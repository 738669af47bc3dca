package io.footfall.runtime.stages.processor;

import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.Processor;
import io.footfall.runtime.api.RecordKind;
import io.footfall.runtime.api.StageException;
import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.RecordProcessor;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.stages.ConfigReader;
import io.footfall.runtime.stages.expr.BatchCondition;
import io.footfall.runtime.stages.expr.RecordExpression;
import java.util.List;

/**
 * Keeps the records for which a condition holds; the others are dropped or sent to a {@code rejected} lane.
 * The condition runs once per batch (see {@link BatchCondition}); a record it fails on goes to the stage's
 * on-record-error policy like in any per-record processor.
 */
public final class FilterProcessor extends AbstractStage implements Processor {
    public static final String ID = "footfall.processor.filter";
    public static final String REJECTED_LANE = "rejected";

    /** What happens to a record for which the condition is false. */
    public enum OnFalse { DROP, REJECTED_LANE }

    public static final StageDefinition DEFINITION = StageDefinition.builder(ID, 1, StageKind.PROCESSOR)
            .records(null, RecordKind.SAME_AS_INPUT)
            .label("Filter")
            .description("Passes on the records for which a condition is true.")
            .icon("filter")
            .config(ConfigDef.builder("condition", ConfigDef.Type.EXPRESSION).label("Condition").required()
                    .defaultValue("rssi > -80")
                    .description("A JEXL expression that is true for the records to keep. Top-level fields are "
                            + "variables (rssi > -80 && kind == 'wifi'); any field by path: record['/pos/x']; "
                            + "record.has('/pos') tests for one. A missing variable or a non-boolean result "
                            + "makes that record an error record.").build())
            .config(ConfigDef.builder("onFalse", ConfigDef.Type.CHOICE).label("Records that fail the condition")
                    .choices(OnFalse.class).defaultValue(OnFalse.DROP.name())
                    .description("DROP discards them (counted as 'dropped'); REJECTED_LANE sends them out on a "
                            + "second lane, 'rejected'.").build())
            .lanes(config -> OnFalse.REJECTED_LANE.name().equals(String.valueOf(config.get("onFalse")))
                    ? List.of(StageDefinition.DEFAULT_LANE, REJECTED_LANE) : List.of(StageDefinition.DEFAULT_LANE))
            .factory(FilterProcessor::new)
            .build();

    private BatchCondition condition;
    private boolean reject;

    @Override
    protected void configure(StageConfig config) {
        ConfigReader c = new ConfigReader(config, this::issue);
        try {
            condition = BatchCondition.compile(config.getString("condition"));
        } catch (IllegalArgumentException e) {
            c.issue("condition", e.getMessage());
        }
        reject = c.choice("onFalse", OnFalse.class, OnFalse.DROP) == OnFalse.REJECTED_LANE;
    }

    @Override
    public void process(Batch batch, BatchMaker out) throws StageException {
        List<Record> records = batch.records();
        Routing routing = new Routing(records, out);
        condition.evaluate(records, routing);
        if (routing.dropped > 0) {
            context().metrics().count("dropped", routing.dropped);
        }
        if (routing.failure != null) {
            throw routing.failure;
        }
    }

    /** Sends each record where its outcome says; the on-error policy decides about failed ones. */
    private final class Routing implements BatchCondition.Outcome {
        private final List<Record> records;
        private final BatchMaker out;
        private long dropped;
        private StageException failure;

        Routing(List<Record> records, BatchMaker out) {
            this.records = records;
            this.out = out;
        }

        @Override
        public void accept(int index, boolean value) {
            if (value) {
                out.add(records.get(index), StageDefinition.DEFAULT_LANE);
            } else if (reject) {
                out.add(records.get(index), REJECTED_LANE);
            } else {
                dropped++;
            }
        }

        @Override
        public void fail(int index, String message) {
            if (failure != null) {
                return;
            }
            try {
                RecordProcessor.onRecordError(context(), records.get(index), RecordExpression.ERROR_CODE, message);
            } catch (StageException e) {
                failure = e;
            }
        }
    }
}
