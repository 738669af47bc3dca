package io.footfall.runtime.stages.processor;

import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.OnRecordErrorException;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.RecordProcessor;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.stages.ConfigReader;
import io.footfall.runtime.stages.expr.RecordExpression;
import java.util.List;

/** Keeps the records for which a condition holds; the others are dropped or sent to a {@code rejected} lane. */
public final class FilterProcessor extends RecordProcessor {
    public static final String ID = "footfall.processor.filter";
    public static final String REJECTED_LANE = "rejected";

    /** What happens to a record for which the condition is false. */
    public enum OnFalse { DROP, REJECTED_LANE }

    public static final StageDefinition DEFINITION = StageDefinition.builder(ID, 1, StageKind.PROCESSOR)
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

    private RecordExpression condition;
    private boolean reject;

    @Override
    protected void configure(StageConfig config) {
        ConfigReader c = new ConfigReader(config, this::issue);
        condition = c.expression("condition", config.getString("condition"));
        reject = c.choice("onFalse", OnFalse.class, OnFalse.DROP) == OnFalse.REJECTED_LANE;
    }

    @Override
    protected void process(Record record, BatchMaker out) throws OnRecordErrorException {
        if (condition.test(record)) {
            out.add(record, StageDefinition.DEFAULT_LANE);
        } else if (reject) {
            out.add(record, REJECTED_LANE);
        } else {
            context().metrics().count("dropped", 1);
        }
    }
}
