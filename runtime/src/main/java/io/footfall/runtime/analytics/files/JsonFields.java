package io.footfall.runtime.analytics.files;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Typed field access for the streaming JSONL readers of the analytics files, with messages naming the field. */
public final class JsonFields {

    private JsonFields() {
    }

    public static long integer(JsonParser p, JsonToken v, String name) throws IOException {
        if (v != JsonToken.VALUE_NUMBER_INT) {
            throw new IllegalArgumentException("field '" + name + "' must be an integer, found " + describe(p, v));
        }
        return p.getLongValue();
    }

    public static double number(JsonParser p, JsonToken v, String name) throws IOException {
        if (v != JsonToken.VALUE_NUMBER_INT && v != JsonToken.VALUE_NUMBER_FLOAT) {
            throw new IllegalArgumentException("field '" + name + "' must be a number, found " + describe(p, v));
        }
        return p.getDoubleValue();
    }

    public static String text(JsonParser p, JsonToken v, String name, boolean required) throws IOException {
        if (v == JsonToken.VALUE_NULL && !required) {
            return null;
        }
        if (v != JsonToken.VALUE_STRING) {
            throw new IllegalArgumentException("field '" + name + "' must be a string"
                    + (required ? "" : " or null") + ", found " + describe(p, v));
        }
        return p.getText();
    }

    public static void require(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException("missing field '" + name + "'");
        }
    }

    private static String describe(JsonParser p, JsonToken v) throws IOException {
        return switch (v) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_NULL -> "null";
            default -> "'" + p.getText() + "'";
        };
    }
}
