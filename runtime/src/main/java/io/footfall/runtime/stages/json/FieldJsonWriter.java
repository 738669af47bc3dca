package io.footfall.runtime.stages.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.footfall.runtime.api.Field;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes field trees as JSON like {@link FieldJson#write}, but remembers each field name's quoted, encoded
 * form: the same few names repeat on every record of a stream, and Jackson then copies prepared bytes
 * instead of escaping and encoding the name again. One instance per output (not thread-safe).
 */
public final class FieldJsonWriter {
    private static final int MAX_NAMES = 4096;

    /** Direct-mapped by hash, checked by identity: parsers hand out one instance per distinct field name. */
    private static final int RECENT = 256;

    private final Map<String, SerializableString> names = new HashMap<>();
    private final String[] recentKeys = new String[RECENT];
    private final SerializableString[] recentNames = new SerializableString[RECENT];

    public void write(Field f, JsonGenerator g) throws IOException {
        switch (f.type()) {
            case MAP -> {
                g.writeStartObject();
                for (Map.Entry<String, Field> e : f.asMap().entrySet()) {
                    g.writeFieldName(name(e.getKey()));
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
            default -> FieldJson.write(f, g);
        }
    }

    private SerializableString name(String key) {
        int slot = key.hashCode() & (RECENT - 1);
        if (recentKeys[slot] == key) {
            return recentNames[slot];
        }
        SerializableString s = named(key);
        recentKeys[slot] = key;
        recentNames[slot] = s;
        return s;
    }

    private SerializableString named(String key) {
        SerializableString s = names.get(key);
        if (s == null) {
            s = new SerializedString(key);
            if (names.size() < MAX_NAMES) {
                names.put(key, s);
            }
        }
        return s;
    }
}
