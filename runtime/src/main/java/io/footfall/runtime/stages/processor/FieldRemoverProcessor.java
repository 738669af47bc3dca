package io.footfall.runtime.stages.processor;

import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.FieldPath;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.RecordKind;
import io.footfall.runtime.api.RecordProcessor;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.stages.ConfigReader;
import java.util.ArrayList;
import java.util.List;

/** Removes the listed fields, or keeps only them. */
public final class FieldRemoverProcessor extends RecordProcessor {
    public static final String ID = "footfall.processor.fieldRemover";

    /** Whether the listed fields are the ones to drop or the only ones to keep. */
    public enum Action { REMOVE, KEEP_ONLY }

    public static final StageDefinition DEFINITION = StageDefinition.builder(ID, 1, StageKind.PROCESSOR)
            .records(null, RecordKind.SAME_AS_INPUT)
            .label("Field remover")
            .description("Removes fields, or keeps only the listed ones.")
            .icon("eraser")
            .config(ConfigDef.builder("fields", ConfigDef.Type.LIST).label("Fields").required()
                    .defaultValue(List.of("/seq"))
                    .description("Field paths such as /seq or /pos/x. Paths a record does not have are ignored.")
                    .build())
            .config(ConfigDef.builder("action", ConfigDef.Type.CHOICE).label("Action").choices(Action.class)
                    .defaultValue(Action.REMOVE.name())
                    .description("REMOVE deletes the listed fields; KEEP_ONLY deletes every other field (nested "
                            + "paths keep their parent maps; kept list items keep their order).").build())
            .factory(FieldRemoverProcessor::new)
            .build();

    private final List<FieldPath> fields = new ArrayList<>();
    private Action action;

    @Override
    protected void configure(StageConfig config) {
        ConfigReader c = new ConfigReader(config, this::issue);
        action = c.choice("action", Action.class, Action.REMOVE);
        List<String> paths = config.getList("fields");
        if (paths.isEmpty()) {
            c.issue("fields", "list at least one field");
        }
        for (String p : paths) {
            FieldPath path = c.path("fields", p);
            if (path != null) {
                fields.add(path);
            }
        }
    }

    @Override
    protected void process(Record record, BatchMaker out) {
        if (action == Action.REMOVE) {
            for (FieldPath p : fields) {
                record.delete(p.toString());
            }
        } else {
            List<Field> kept = new ArrayList<>(fields.size());
            for (FieldPath p : fields) {
                kept.add(record.get(p));
            }
            record.setRoot(Field.emptyMap());
            for (int i = 0; i < fields.size(); i++) {
                if (kept.get(i) != null) {
                    record.set(fields.get(i), kept.get(i));
                }
            }
        }
        out.add(record);
    }
}
