package io.footfall.runtime.stages.expr;

import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;

/**
 * What an expression sees as {@code record}: {@code record['/pos/x']} reads any field by path (null when
 * absent), {@code record.has('/pos')} tests for one. Top-level fields are also plain variables.
 */
public final class RecordView {
    private Record record;

    void set(Record record) {
        this.record = record;
    }

    /** The value at the path as plain Java (String, Long, Double, Boolean, List, Map), or null. */
    public Object get(String path) {
        Field f = record.get(path);
        return f == null ? null : f.toJava();
    }

    public boolean has(String path) {
        return record.get(path) != null;
    }

    public String sourceId() {
        return record.header().sourceId();
    }

    @Override
    public String toString() {
        return String.valueOf(record);
    }
}
