package io.footfall.runtime.stages.expr;

import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.jexl3.JexlContext;

/**
 * The variables of an expression evaluated on one record, reused from record to record (one per stage
 * instance, so no allocation per evaluation): each top-level field is a variable, {@code record} is a
 * {@link RecordView}, and a stage may add fixed variables of its own. Writes are refused.
 */
final class RecordContext implements JexlContext {
    static final String RECORD = "record";

    private final RecordView view = new RecordView();
    private final Map<String, Object> extra = new HashMap<>();
    private Map<String, Field> fields = Map.of();

    void setRecord(Record record) {
        view.set(record);
        Field root = record.root();
        fields = root.type() == Field.Type.MAP ? root.asMap() : Map.of();
    }

    void define(String name, Object value) {
        extra.put(name, value);
    }

    @Override
    public Object get(String name) {
        if (RECORD.equals(name)) {
            return view;
        }
        Object fixed = extra.get(name);
        if (fixed != null) {
            return fixed;
        }
        Field f = fields.get(name);
        return f == null ? null : f.toJava();
    }

    @Override
    public void set(String name, Object value) {
        throw new UnsupportedOperationException("an expression cannot assign '" + name + "'");
    }

    @Override
    public boolean has(String name) {
        return RECORD.equals(name) || extra.containsKey(name) || fields.containsKey(name);
    }
}
