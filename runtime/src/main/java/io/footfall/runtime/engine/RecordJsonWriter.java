package io.footfall.runtime.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Header;
import io.footfall.runtime.api.Record;
import java.io.IOException;
import java.util.Map;

/** Streams a record's field tree (and, for the error stream, its header) to JSON without building Java maps. */
public final class RecordJsonWriter {

    private RecordJsonWriter() {
    }

    /** Writes a field as JSON; timestamps as epoch milliseconds, bytes as base64. */
    public static void writeField(JsonGenerator g, Field f) throws IOException {
        switch (f.type()) {
            case NULL -> g.writeNull();
            case STRING -> g.writeString(f.asString());
            case LONG, TIMESTAMP -> g.writeNumber(f.asLong());
            case DOUBLE -> g.writeNumber(f.asDouble());
            case BOOLEAN -> g.writeBoolean(f.asBoolean());
            case BYTES -> g.writeString(f.asString());
            case LIST -> {
                g.writeStartArray();
                for (Field item : f.asList()) {
                    writeField(g, item);
                }
                g.writeEndArray();
            }
            case MAP -> {
                g.writeStartObject();
                for (Map.Entry<String, Field> e : f.asMap().entrySet()) {
                    g.writeFieldName(e.getKey());
                    writeField(g, e.getValue());
                }
                g.writeEndObject();
            }
        }
    }

    /**
     * One error-stream line: {@code {"header": {sourceId, errorStage, errorCode, errorMessage, errorTimestamp,
     * stagesPassed, attributes}, "record": <the record's fields>}}.
     */
    public static void writeErrorRecord(JsonGenerator g, Record r) throws IOException {
        Header h = r.header();
        g.writeStartObject();
        g.writeObjectFieldStart("header");
        g.writeStringField("sourceId", h.sourceId());
        g.writeStringField("errorStage", h.errorStage());
        g.writeStringField("errorCode", h.errorCode());
        g.writeStringField("errorMessage", h.errorMessage());
        g.writeNumberField("errorTimestamp", h.errorTimestamp());
        g.writeArrayFieldStart("stagesPassed");
        for (String s : h.stagesPassed()) {
            g.writeString(s);
        }
        g.writeEndArray();
        if (!h.attributes().isEmpty()) {
            g.writeObjectFieldStart("attributes");
            for (Map.Entry<String, String> e : h.attributes().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeFieldName("record");
        writeField(g, r.root());
        g.writeEndObject();
    }
}
