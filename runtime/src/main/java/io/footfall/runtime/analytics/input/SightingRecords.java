package io.footfall.runtime.analytics.input;

import io.footfall.runtime.analytics.SightingValue;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.sighting.Sighting;
import java.util.Map;

/** A sighting as a record: one field per JSON key of CONTRACT section 2, optional ones only when present. */
public final class SightingRecords {

    private SightingRecords() {
    }

    public static Record toRecord(String sourceId, Sighting s) {
        return new Record(sourceId, fields(s));
    }

    /**
     * A sighting from line {@code line} of a source: its id {@code sourcePrefix + line} is built when asked for, and
     * its fields too: the record holds a {@link SightingValue} the analytics stages read directly.
     */
    public static Record toRecord(String sourcePrefix, long line, Sighting s) {
        return new Record(sourcePrefix, line, new SightingValue(s));
    }

    private static Field fields(Sighting s) {
        return SightingValue.fields(s, s.device());
    }
}
