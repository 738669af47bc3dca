package io.footfall.runtime.connect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.footfall.runtime.analytics.SightingValue;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.sighting.Sighting;
import io.footfall.runtime.sighting.SightingJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wire payload of every network origin (CONTRACT.md section 2): one sighting JSON object, or a
 * JSON array of them, turned into records whose fields are the sighting's fields.
 */
public final class SightingPayload {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    /** An error record keeps at most this much of a bad payload: enough to see what was sent. */
    static final int MAX_KEPT_PAYLOAD_CHARS = 4096;

    private SightingPayload() {
    }

    /**
     * Parses an object or an array of objects; throws {@link IllegalArgumentException} naming the
     * array index and what is wrong, so the error record says where the sender went wrong.
     */
    public static List<Sighting> parse(byte[] payload, int offset, int length) {
        try (JsonParser p = FACTORY.createParser(payload, offset, length)) {
            JsonToken first = p.nextToken();
            List<Sighting> out;
            if (first == JsonToken.START_ARRAY) {
                out = new ArrayList<>();
                int index = 0;
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), index++) {
                    if (t == null) {
                        throw new IllegalArgumentException("the array is not closed");
                    }
                    try {
                        out.add(SightingJson.read(p));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("[" + index + "]: " + e.getMessage(), e);
                    }
                }
            } else if (first == JsonToken.START_OBJECT) {
                out = List.of(SightingJson.read(p));
            } else if (first == null) {
                throw new IllegalArgumentException("empty payload, expected a sighting object or an array of them");
            } else {
                throw new IllegalArgumentException("expected a sighting object or an array of them, found " + first);
            }
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("unexpected content after the JSON value at character "
                        + p.currentLocation().getCharOffset());
            }
            return out;
        } catch (StreamReadException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Sighting> parse(byte[] payload) {
        return parse(payload, 0, payload.length);
    }

    /**
     * The wire payload for sightings, as UTF-8: the JSON object for one, a JSON array of them for more.
     * One generator for the whole payload: a publisher's CPU is the pipeline's on a shared machine.
     */
    public static byte[] encode(List<Sighting> sightings) {
        ByteArrayBuilder out = new ByteArrayBuilder(sightings.size() * 112);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (sightings.size() == 1) {
                SightingJson.write(sightings.get(0), g);
            } else {
                g.writeStartArray();
                for (Sighting s : sightings) {
                    SightingJson.write(s, g);
                }
                g.writeEndArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A record with the sighting's fields (optional ones only when present). */
    public static Record toRecord(Sighting s, String sourceId) {
        return new Record(sourceId, SightingValue.fields(s, s.device()));
    }

    /**
     * The record sent to the error stream for a payload that is not sightings: the (truncated) text
     * under {@code /payload} and where it came from under {@code /source}.
     */
    public static Record malformedRecord(String sourceId, String source, byte[] payload, int offset, int length) {
        String text = new String(payload, offset, Math.min(length, MAX_KEPT_PAYLOAD_CHARS), StandardCharsets.UTF_8);
        Map<String, Field> fields = new LinkedHashMap<>(4);
        fields.put("source", Field.of(source));
        fields.put("payload", Field.of(text));
        fields.put("payloadBytes", Field.of((long) length));
        return new Record(sourceId, Field.map(fields));
    }
}
