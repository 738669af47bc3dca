package io.footfall.runtime.stages.processor;

import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.FieldPath;
import io.footfall.runtime.api.Record;

/** Field-tree operations the parsers share. */
final class Fields {
    private Fields() {
    }

    /**
     * Puts a parsed value at the target; a map parsed into the root is merged into the record's top level
     * (keeping fields the parse did not produce) rather than replacing the whole record.
     */
    static void put(Record record, FieldPath target, Field value) {
        if (target.isRoot() && value.type() == Field.Type.MAP && record.root().type() == Field.Type.MAP) {
            record.root().asMap().putAll(value.asMap());
        } else {
            record.set(target, value);
        }
    }
}
