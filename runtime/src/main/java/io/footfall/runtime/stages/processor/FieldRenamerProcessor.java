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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Moves fields to new paths (renaming, or moving into or out of a nested map). */
public final class FieldRenamerProcessor extends RecordProcessor {
    public static final String ID = "footfall.processor.fieldRenamer";

    /** What to do when the new path already holds a field. */
    public enum IfTargetExists { ERROR, OVERWRITE, SKIP }

    public static final StageDefinition DEFINITION = StageDefinition.builder(ID, 1, StageKind.PROCESSOR)
            .records(null, RecordKind.SAME_AS_INPUT)
            .label("Field renamer")
            .description("Renames or moves fields.")
            .icon("rename")
            .config(ConfigDef.builder("renames", ConfigDef.Type.TABLE).label("Renames").required()
                    .defaultValue(List.of(Map.of("from", "/mac", "to", "/device")))
                    .description("One row per field: its current path and its new path.")
                    .columns(ConfigDef.builder("from", ConfigDef.Type.FIELD_PATH).label("From").required().build(),
                            ConfigDef.builder("to", ConfigDef.Type.FIELD_PATH).label("To").required().build())
                    .build())
            .config(ConfigDef.builder("ifTargetExists", ConfigDef.Type.CHOICE).label("If the new path is taken")
                    .choices(IfTargetExists.class).defaultValue(IfTargetExists.ERROR.name())
                    .description("ERROR makes the record an error record, OVERWRITE replaces the field there, "
                            + "SKIP leaves both fields as they are.").build())
            .config(ConfigDef.builder("errorIfMissing", ConfigDef.Type.BOOLEAN).label("Missing field is an error")
                    .defaultValue(false)
                    .description("Whether a record without the field to rename is an error record; otherwise "
                            + "the row is skipped for that record.").build())
            .factory(FieldRenamerProcessor::new)
            .build();

    private record Rename(FieldPath from, FieldPath to) {
    }

    private final List<Rename> renames = new ArrayList<>();
    private IfTargetExists ifTargetExists;
    private boolean errorIfMissing;

    @Override
    protected void configure(StageConfig config) {
        ConfigReader c = new ConfigReader(config, this::issue);
        ifTargetExists = c.choice("ifTargetExists", IfTargetExists.class, IfTargetExists.ERROR);
        errorIfMissing = c.bool("errorIfMissing", false);
        List<Map<String, Object>> rows = config.getTable("renames");
        if (rows.isEmpty()) {
            c.issue("renames", "add at least one rename");
        }
        for (Map<String, Object> row : rows) {
            FieldPath from = c.path("renames", row.get("from") == null ? null : row.get("from").toString());
            FieldPath to = c.path("renames", row.get("to") == null ? null : row.get("to").toString());
            if (from != null && to != null) {
                if (from.isRoot() || to.isRoot()) {
                    c.issue("renames", "cannot rename the whole record ('" + from + "' to '" + to + "')");
                } else {
                    renames.add(new Rename(from, to));
                }
            }
        }
    }

    @Override
    protected void process(Record record, BatchMaker out) throws OnRecordErrorException {
        for (Rename r : renames) {
            Field value = record.get(r.from);
            if (value == null) {
                if (errorIfMissing) {
                    throw new OnRecordErrorException("NO_FIELD", "field '" + r.from + "' to rename is missing");
                }
                continue;
            }
            if (record.get(r.to) != null) {
                if (ifTargetExists == IfTargetExists.SKIP) {
                    continue;
                }
                if (ifTargetExists == IfTargetExists.ERROR) {
                    throw new OnRecordErrorException("TARGET_EXISTS", "cannot rename '" + r.from + "' to '"
                            + r.to + "': that field exists");
                }
            }
            record.delete(r.from.toString());
            try {
                record.set(r.to, value);
            } catch (IllegalArgumentException e) {
                throw new OnRecordErrorException("CANNOT_SET", e.getMessage());
            }
        }
        out.add(record);
    }
}
