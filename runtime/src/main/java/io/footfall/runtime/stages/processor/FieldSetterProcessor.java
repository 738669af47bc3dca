package io.footfall.runtime.stages.processor;

import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.FieldPath;
import io.footfall.runtime.api.OnRecordErrorException;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.RecordKind;
import io.footfall.runtime.api.RecordProcessor;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.stages.ConfigReader;
import io.footfall.runtime.stages.expr.RecordExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Sets fields to constants or to the value of an expression on the record. */
public final class FieldSetterProcessor extends RecordProcessor {
    public static final String ID = "footfall.processor.fieldSetter";

    /** Whether a row's value is taken as it is or evaluated as an expression per record. */
    public enum Mode { EXPRESSION, CONSTANT }

    public static final StageDefinition DEFINITION = StageDefinition.builder(ID, 1, StageKind.PROCESSOR)
            .records(null, RecordKind.SAME_AS_INPUT)
            .label("Field setter")
            .description("Sets fields to constants or to computed values (JEXL expressions).")
            .icon("edit")
            .config(ConfigDef.builder("fields", ConfigDef.Type.TABLE).label("Fields to set").required()
                    .defaultValue(List.of(Map.of("field", "/strong", "value", "rssi > -70", "mode", "EXPRESSION")))
                    .description("One row per field: its path, its value and how to read the value. Rows apply "
                            + "in order, so a later row sees the fields an earlier one set.")
                    .columns(ConfigDef.builder("field", ConfigDef.Type.FIELD_PATH).label("Field").required()
                                    .description("Created (with any missing parent maps) or replaced.").build(),
                            ConfigDef.builder("value", ConfigDef.Type.STRING).label("Value").required()
                                    .description("A constant, or a JEXL expression over the record such as "
                                            + "ts - ts % 60000 or record['/pos/x'] * 2.").build(),
                            ConfigDef.builder("mode", ConfigDef.Type.CHOICE).label("Value is").choices(Mode.class)
                                    .defaultValue(Mode.EXPRESSION.name()).build())
                    .build())
            .factory(FieldSetterProcessor::new)
            .build();

    /** One row: a constant value or a compiled expression. */
    private record Assignment(FieldPath path, Field constant, RecordExpression expression) {
    }

    private final List<Assignment> assignments = new ArrayList<>();

    @Override
    protected void configure(StageConfig config) {
        ConfigReader c = new ConfigReader(config, this::issue);
        List<Map<String, Object>> rows = config.getTable("fields");
        if (rows.isEmpty()) {
            c.issue("fields", "add at least one field to set");
        }
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            String prefix = "row " + (i + 1) + ": ";
            Object pathValue = row.get("field");
            FieldPath path = c.path("fields", pathValue == null ? null : pathValue.toString());
            Object value = row.get("value");
            String modeText = row.get("mode") == null ? Mode.EXPRESSION.name() : row.get("mode").toString();
            Mode mode;
            try {
                mode = Mode.valueOf(modeText.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                c.issue("fields", prefix + "mode must be EXPRESSION or CONSTANT, not '" + modeText + "'");
                continue;
            }
            if (mode == Mode.CONSTANT) {
                assignments.add(new Assignment(path, Field.fromJava(value), null));
            } else {
                try {
                    assignments.add(new Assignment(path, null,
                            RecordExpression.compile(value == null ? null : value.toString())));
                } catch (IllegalArgumentException e) {
                    c.issue("fields", prefix + "value " + e.getMessage());
                }
            }
        }
    }

    @Override
    protected void process(Record record, BatchMaker out) throws OnRecordErrorException {
        for (Assignment a : assignments) {
            Field value = a.constant != null ? a.constant : Field.fromJava(a.expression.evaluate(record));
            try {
                record.set(a.path, value.deepCopy());
            } catch (IllegalArgumentException e) {
                throw new OnRecordErrorException("CANNOT_SET", e.getMessage());
            }
        }
        out.add(record);
    }
}
