package io.footfall.runtime.stages.origin;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.MapShape;
import io.footfall.runtime.stages.json.FieldJson;
import java.io.IOException;

/**
 * Parses JSON Lines one line at a time without creating a Jackson parser per line: one parser runs over all
 * the lines the {@link LineReader} currently holds, and each line's object is read from it after checking
 * that the parser is exactly at that line's first byte and that the object ends on that line. Anything
 * unusual (a malformed line, two values on a line, an object across lines, the reader refilling its buffer)
 * drops the shared parser; the line is then parsed on its own, which gives the exact error, and the next
 * line starts a new shared parser. Creating a parser per line cost about 40% of the parsing time.
 */
final class JsonLinesParser {
    private final JsonFactory factory = FieldJson.newFactory();
    private final MapShape shape = new MapShape();

    private JsonParser shared;
    private byte[] sharedBuffer;
    private int sharedStart;
    private long sharedGeneration = -1;

    /** The line's value; throws like {@link FieldJson#parse(JsonFactory, byte[], int, int)} when it is bad. */
    Field parse(LineReader reader, byte[] bytes, int offset, int length) throws IOException {
        int first = skipWhitespace(bytes, offset, offset + length);
        if (first < offset + length) {
            Field value = fromShared(reader, bytes, first, offset + length);
            if (value != null) {
                return value;
            }
        }
        return FieldJson.parse(factory, bytes, offset, length);
    }

    /** The value read through the shared parser, or null when the line must be parsed on its own. */
    private Field fromShared(LineReader reader, byte[] bytes, int first, int end) {
        try {
            if (shared == null || sharedBuffer != bytes || sharedGeneration != reader.generation()) {
                open(reader, bytes, first);
            }
            JsonToken t = shared.nextToken();
            if (t != JsonToken.START_OBJECT
                    || sharedStart + shared.currentTokenLocation().getByteOffset() != first) {
                drop();
                return null;
            }
            Field value = FieldJson.read(shared, t, shape);
            int after = sharedStart + (int) shared.currentLocation().getByteOffset();
            if (after > end || skipWhitespace(bytes, after, end) != end) {
                drop();
                return null;
            }
            return value;
        } catch (IOException | RuntimeException malformedOrUnexpected) {
            drop();
            return null;
        }
    }

    private void open(LineReader reader, byte[] bytes, int first) throws IOException {
        drop();
        shared = factory.createParser(bytes, first, reader.dataEnd() - first);
        sharedBuffer = bytes;
        sharedStart = first;
        sharedGeneration = reader.generation();
    }

    void drop() {
        if (shared != null) {
            try {
                shared.close();
            } catch (IOException ignored) {
                // A parser over a byte array has nothing to release but buffers.
            }
            shared = null;
        }
    }

    private static int skipWhitespace(byte[] b, int from, int to) {
        int i = from;
        while (i < to && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        return i;
    }
}
