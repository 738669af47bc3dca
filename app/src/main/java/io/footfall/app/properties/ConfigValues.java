package io.footfall.app.properties;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footfall.runtime.api.ConfigDef;
import java.util.List;
import java.util.Map;

/**
 * Turns what a user typed into the value stored in the pipeline file: numbers as numbers, booleans as
 * booleans, lists/maps/tables parsed from JSON; a {@code ${parameter}} reference and anything that does not
 * parse stay text, so the stage's check reports them on the field instead of the edit being lost.
 */
public final class ConfigValues {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConfigValues() {
    }

    /** The value to store, or null to remove the key (an empty field). */
    public static Object fromUser(ConfigDef def, Object raw) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof String text)) {
            return raw;
        }
        if (text.isEmpty() && def.type() != ConfigDef.Type.TEXT) {
            return null;
        }
        if (isParameterReference(text)) {
            return text;
        }
        String t = text.strip();
        return switch (def.type()) {
            case INTEGER -> parseLong(t, text);
            case DOUBLE -> parseDouble(t, text);
            case BOOLEAN -> t.equalsIgnoreCase("true") ? Boolean.TRUE : t.equalsIgnoreCase("false") ? Boolean.FALSE : text;
            case LIST, MAP, TABLE -> parseJson(t, text);
            default -> text;
        };
    }

    /** How a stored value is shown in a text field: JSON for containers, plain text otherwise. */
    public static String toText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            try {
                return JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                return value.toString();
            }
        }
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return value.toString();
        }
        return value.toString();
    }

    public static boolean isParameterReference(String text) {
        return text.contains("${");
    }

    private static Object parseLong(String t, String original) {
        try {
            // The type Jackson reads back (Integer when it fits), so a saved and reopened pipeline compares equal.
            long v = Long.parseLong(t);
            return v == (int) v ? (Object) (int) v : (Object) v;
        } catch (NumberFormatException e) {
            return original;
        }
    }

    private static Object parseDouble(String t, String original) {
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return original;
        }
    }

    private static Object parseJson(String t, String original) {
        try {
            Object v = JSON.readValue(t, Object.class);
            return v == null ? original : v;
        } catch (JsonProcessingException e) {
            return original;
        }
    }
}
