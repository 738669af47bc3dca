package io.footfall.runtime.stages.expr;

import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.jexl3.JexlContext;

/**
 * The variables of an expression evaluated on one record, reused from record to record (one per stage
 * instance, so no allocation per evaluation): each top-level field is a variable, {@code record} is a
 * {@link RecordView}, and a stage may add fixed variables of its own. Writes are refused, except to the one
 * variable a stage-written loop assigns its results to (see {@link BatchCondition}).
 */
final class RecordContext implements JexlContext {
    static final String RECORD = "record";

    private final RecordView view = new RecordView();
    /** The stage's fixed variables; a handful at most, so two arrays searched in order beat a hash map. */
    private String[] extraNames = {};
    private Object[] extraValues = {};
    private Map<String, Field> fields = Map.of();
    /** The one variable a stage-written script may assign (see {@link BatchCondition}), and who gets it. */
    private String assignable;
    private Consumer<Object> assigned;

    void setRecord(Record record) {
        view.set(record);
        Field root = record.root();
        fields = root.type() == Field.Type.MAP ? root.asMap() : Map.of();
    }

    void define(String name, Object value) {
        int i = extra(name);
        if (i < 0) {
            extraNames = Arrays.copyOf(extraNames, extraNames.length + 1);
            extraValues = Arrays.copyOf(extraValues, extraValues.length + 1);
            i = extraNames.length - 1;
            extraNames[i] = name;
        }
        extraValues[i] = value;
    }

    /** Lets a stage-written script assign {@code name}; each value goes to {@code sink}. */
    void onAssign(String name, Consumer<Object> sink) {
        assignable = name;
        assigned = sink;
    }

    private int extra(String name) {
        String[] names = extraNames;
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Object get(String name) {
        if (RECORD.equals(name)) {
            return view;
        }
        int i = extra(name);
        if (i >= 0 && extraValues[i] != null) {
            return extraValues[i];
        }
        Field f = fields.get(name);
        return f == null ? null : f.toJava();
    }

    @Override
    public void set(String name, Object value) {
        if (assignable != null && assignable.equals(name)) {
            assigned.accept(value);
            return;
        }
        throw new UnsupportedOperationException("an expression cannot assign '" + name + "'");
    }

    @Override
    public boolean has(String name) {
        return RECORD.equals(name) || extra(name) >= 0 || fields.containsKey(name)
                || (assignable != null && assignable.equals(name));
    }
}
