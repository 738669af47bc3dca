package io.footfall.runtime.stages.processor;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.FieldPath;
import io.footfall.runtime.api.MapShape;
import io.footfall.runtime.api.OnRecordErrorException;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.RecordProcessor;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.stages.ConfigReader;
import io.footfall.runtime.stages.json.FieldJson;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Parses a string field holding JSON into fields (e.g. the {@code /text} of a line read as TEXT). */
public final class JsonParserProcessor extends RecordProcessor {
    public static final String ID = "footfall.processor.jsonParser";

    public static final StageDefinition DEFINITION = StageDefinition.builder(ID, 1, StageKind.PROCESSOR)
            .label("JSON parser")
            .description("Parses the JSON text in a string field into typed fields.")
            .icon("json")
            .config(ConfigDef.builder("field", ConfigDef.Type.FIELD_PATH).label("Field to parse").required()
                    .defaultValue("/text").description("The string field holding the JSON text.").build())
            .config(ConfigDef.builder("target", ConfigDef.Type.FIELD_PATH).label("Target field").defaultValue("/")
                    .description("Where the parsed value goes. '/' merges a parsed object's fields into the "
                            + "record's top level; any other path puts the value there.").build())
            .config(ConfigDef.builder("removeSource", ConfigDef.Type.BOOLEAN).label("Remove the JSON text")
                    .defaultValue(true).description("Delete the source field after a successful parse (unless "
                            + "the target is the same field).").build())
            .factory(JsonParserProcessor::new)
            .build();

    private FieldPath field;
    private FieldPath target;
    private boolean removeSource;
    /** The records of a stream repeat their key order; see {@link MapShape}. */
    private final MapShape shape = new MapShape();

    @Override
    protected void configure(StageConfig config) {
        ConfigReader c = new ConfigReader(config, this::issue);
        field = c.path("field");
        target = c.path("target");
        removeSource = c.bool("removeSource", true);
        if (field != null && field.isRoot()) {
            c.issue("field", "must name a field, not the whole record");
        }
    }

    @Override
    protected void process(Record record, BatchMaker out) throws OnRecordErrorException {
        Field source = record.get(field);
        if (source == null || source.isNull()) {
            throw new OnRecordErrorException("NO_FIELD", "field '" + field + "' is missing or null");
        }
        if (source.type() != Field.Type.STRING) {
            throw new OnRecordErrorException("NOT_TEXT", "field '" + field + "' is a " + source.type()
                    + ", not a string of JSON");
        }
        Field parsed;
        try {
            parsed = FieldJson.parse(source.asString(), shape);
        } catch (JsonProcessingException e) {
            throw new OnRecordErrorException("MALFORMED_JSON", "field '" + field + "' is not valid JSON: "
                    + e.getOriginalMessage() + " at column " + e.getLocation().getColumnNr());
        } catch (IllegalArgumentException e) {
            throw new OnRecordErrorException("MALFORMED_JSON", "field '" + field + "': " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (removeSource && !field.toString().equals(target.toString())) {
            record.delete(field.toString());
        }
        Fields.put(record, target, parsed);
        out.add(record);
    }
}
