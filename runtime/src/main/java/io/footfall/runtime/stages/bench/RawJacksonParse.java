package io.footfall.runtime.stages.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.footfall.runtime.sighting.SightingJson;
import io.footfall.runtime.stages.json.FieldJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The yardstick: one Jackson streaming parser over the whole file decoding each line into a
 * {@link io.footfall.runtime.sighting.Sighting} with {@link SightingJson} — the least work that still reads
 * every value, with no records, stages, filtering or output.
 */
final class RawJacksonParse {
    private RawJacksonParse() {
    }

    /** Returns the number of sightings parsed (and a checksum, so the JIT cannot drop the work). */
    static long[] parse(Path file) throws IOException {
        long count = 0;
        long checksum = 0;
        try (InputStream in = Files.newInputStream(file); JsonParser p = FieldJson.FACTORY.createParser(in)) {
            while (p.nextToken() == JsonToken.START_OBJECT) {
                checksum += SightingJson.read(p).rssi();
                count++;
            }
        }
        return new long[] {count, checksum};
    }
}
