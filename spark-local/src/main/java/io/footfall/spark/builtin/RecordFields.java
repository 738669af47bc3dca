package io.footfall.spark.builtin;

import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;

/** Field reads shared by the built-in transformers; static so Spark closures capture nothing else. */
final class RecordFields {
    static final long DAY_MILLIS = 86_400_000L;

    private RecordFields() {
    }

    static String text(Record r, String path) {
        Field f = r.get(path);
        return f == null || f.isNull() ? null : f.asString();
    }

    static Long millis(Record r, String path) {
        Field f = r.get(path);
        if (f == null || f.isNull()) {
            return null;
        }
        try {
            return f.asLong();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
