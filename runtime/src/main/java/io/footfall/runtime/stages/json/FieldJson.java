package io.footfall.runtime.stages.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.MapShape;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Converts between JSON text and {@link Field} trees with Jackson's streaming API: no intermediate
 * {@code JsonNode} or {@code Map<String, Object>}, because every record of a JSON pipeline passes here.
 */
public final class FieldJson {
    /** Shared and thread-safe; Jackson recycles its buffers and canonicalises field names per factory. */
    public static final JsonFactory FACTORY = newFactory();

    private FieldJson() {
    }

    /**
     * Reads exactly one JSON value from the parser (positioned before it) and checks nothing follows it.
     * Throws {@link com.fasterxml.jackson.core.JsonProcessingException} on malformed text.
     */
    public static Field readSingleValue(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new IllegalArgumentException("no JSON value (empty text)");
        }
        Field value = read(p, t);
        JsonToken trailing = p.nextToken();
        if (trailing != null) {
            throw new IllegalArgumentException("unexpected " + trailing + " after the JSON value at column "
                    + p.currentLocation().getColumnNr());
        }
        return value;
    }

    /**
     * A factory for one stage instance that creates a parser per line, so its field-name table is not
     * shared with other threads. (A lock-free buffer pool instead of the default thread-local one measured
     * no faster.)
     */
    public static JsonFactory newFactory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
                .build();
    }

    /** Parses one JSON value from bytes (UTF-8), e.g. a line of a JSONL file. */
    public static Field parse(JsonFactory factory, byte[] bytes, int offset, int length) throws IOException {
        try (JsonParser p = factory.createParser(bytes, offset, length)) {
            return readSingleValue(p);
        }
    }

    public static Field parse(String text) throws IOException {
        try (JsonParser p = FACTORY.createParser(text)) {
            return readSingleValue(p);
        }
    }

    /**
     * Like {@link #read(JsonParser, JsonToken)}, but a top-level object is built through the stream's
     * {@link MapShape}, which skips the duplicate-key search while objects repeat the last key order.
     */
    public static Field read(JsonParser p, JsonToken t, MapShape shape) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            return read(p, t);
        }
        shape.start();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            shape.add(name, read(p, p.nextToken()));
        }
        return shape.finish();
    }

    /** Like {@link #parse(String)}, with the top-level object built through the stream's {@link MapShape}. */
    public static Field parse(String text, MapShape shape) throws IOException {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new IllegalArgumentException("no JSON value (empty text)");
            }
            Field value = read(p, t, shape);
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                throw new IllegalArgumentException("unexpected " + trailing + " after the JSON value at column "
                        + p.currentLocation().getColumnNr());
            }
            return value;
        }
    }

    /** Reads the value starting at token {@code t} (the parser's current token). */
    public static Field read(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                Field map = Field.emptyMap();
                Map<String, Field> m = map.asMap();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    m.put(name, read(p, p.nextToken()));
                }
                return map;
            }
            case START_ARRAY: {
                Field list = Field.list(List.of());
                List<Field> l = list.asList();
                JsonToken next;
                while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                    l.add(read(p, next));
                }
                return list;
            }
            case VALUE_STRING:
                return Field.of(p.getText());
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? Field.of(p.getDoubleValue()) : Field.of(p.getLongValue());
            case VALUE_NUMBER_FLOAT:
                return Field.of(p.getDoubleValue());
            case VALUE_TRUE:
                return Field.of(true);
            case VALUE_FALSE:
                return Field.of(false);
            case VALUE_NULL:
                return Field.nullField();
            default:
                throw new IllegalArgumentException("unexpected JSON token " + t);
        }
    }

    /** Writes a field tree as JSON; timestamps as epoch milliseconds, bytes as base64. */
    public static void write(Field f, JsonGenerator g) throws IOException {
        switch (f.type()) {
            case MAP -> {
                g.writeStartObject();
                for (Map.Entry<String, Field> e : f.asMap().entrySet()) {
                    g.writeFieldName(e.getKey());
                    write(e.getValue(), g);
                }
                g.writeEndObject();
            }
            case LIST -> {
                List<Field> l = f.asList();
                g.writeStartArray();
                for (Field item : l) {
                    write(item, g);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(f.asString());
            case LONG, TIMESTAMP -> g.writeNumber(f.asLong());
            case DOUBLE -> g.writeNumber(f.asDouble());
            case BOOLEAN -> g.writeBoolean(f.asBoolean());
            case BYTES -> g.writeBinary(f.asBytes());
            case NULL -> g.writeNull();
        }
    }

    /** A field as compact JSON text (e.g. a nested value in a CSV cell). */
    public static String toJson(Field f) {
        java.io.StringWriter w = new java.io.StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            write(f, g);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }
}
