package io.footfall.runtime.sighting;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Reads and writes sightings as the JSON objects of CONTRACT.md section 2 with Jackson's streaming
 * API (no tree, no reflection: this is on the hot path of every pipeline). Unknown fields are skipped,
 * so senders may add fields.
 */
public final class SightingJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private SightingJson() {
    }

    /** Parses one JSON object; throws {@link IllegalArgumentException} naming what is wrong. */
    public static Sighting parse(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            return read(p);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one sighting object at the parser's current or next token. */
    public static Sighting read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken() == null ? p.nextToken() : p.currentToken();
        if (t != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("expected a JSON object, found " + t);
        }
        Long ts = null;
        String sensor = null;
        String device = null;
        Integer rssi = null;
        String kind = null;
        Integer seq = null;
        Integer channel = null;
        Integer txPower = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            switch (name) {
                case "ts" -> ts = longValue(p, v, name);
                case "sensor" -> sensor = textValue(p, v, name);
                case "device" -> device = textValue(p, v, name);
                case "rssi" -> rssi = intValue(p, v, name);
                case "kind" -> kind = textValue(p, v, name);
                case "seq" -> seq = v == JsonToken.VALUE_NULL ? null : intValue(p, v, name);
                case "channel" -> channel = v == JsonToken.VALUE_NULL ? null : intValue(p, v, name);
                case "txPower" -> txPower = v == JsonToken.VALUE_NULL ? null : intValue(p, v, name);
                default -> p.skipChildren();
            }
        }
        if (ts == null) {
            throw new IllegalArgumentException("missing field 'ts'");
        }
        if (sensor == null) {
            throw new IllegalArgumentException("missing field 'sensor'");
        }
        if (device == null) {
            throw new IllegalArgumentException("missing field 'device'");
        }
        if (rssi == null) {
            throw new IllegalArgumentException("missing field 'rssi'");
        }
        if (kind == null) {
            throw new IllegalArgumentException("missing field 'kind'");
        }
        return new Sighting(ts, sensor, device, rssi, kind, seq, channel, txPower);
    }

    private static long longValue(JsonParser p, JsonToken v, String name) throws IOException {
        if (v != JsonToken.VALUE_NUMBER_INT) {
            throw new IllegalArgumentException("field '" + name + "' must be an integer, found " + describe(p, v));
        }
        return p.getLongValue();
    }

    private static int intValue(JsonParser p, JsonToken v, String name) throws IOException {
        if (v == JsonToken.VALUE_NUMBER_FLOAT) {
            double d = p.getDoubleValue();
            if (d == Math.rint(d)) {
                return (int) d;
            }
        }
        if (v != JsonToken.VALUE_NUMBER_INT) {
            throw new IllegalArgumentException("field '" + name + "' must be an integer, found " + describe(p, v));
        }
        return p.getIntValue();
    }

    private static String textValue(JsonParser p, JsonToken v, String name) throws IOException {
        if (v != JsonToken.VALUE_STRING) {
            throw new IllegalArgumentException("field '" + name + "' must be a string, found " + describe(p, v));
        }
        return p.getText();
    }

    private static String describe(JsonParser p, JsonToken v) throws IOException {
        return switch (v) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_NULL -> "null";
            default -> "'" + p.getText() + "'";
        };
    }

    /** One line of sightings.jsonl, without the newline; keys in contract order. */
    public static String toJson(Sighting s) {
        StringWriter w = new StringWriter(96);
        write(s, w);
        return w.toString();
    }

    public static void write(Sighting s, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            write(s, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Sighting s, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("ts", s.ts());
        g.writeStringField("sensor", s.sensor());
        g.writeStringField("device", s.device());
        g.writeNumberField("rssi", s.rssi());
        g.writeStringField("kind", s.kind());
        if (s.seq() != null) {
            g.writeNumberField("seq", s.seq());
        }
        if (s.channel() != null) {
            g.writeNumberField("channel", s.channel());
        }
        if (s.txPower() != null) {
            g.writeNumberField("txPower", s.txPower());
        }
        g.writeEndObject();
    }
}
