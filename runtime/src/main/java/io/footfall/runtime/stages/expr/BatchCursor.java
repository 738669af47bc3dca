package io.footfall.runtime.stages.expr;

import io.footfall.runtime.api.Record;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The stage's side of a {@link BatchCondition} loop: the script iterates over the cursor, each step making the
 * next record the one the expression's variables read, and assigns the condition's value for it to the
 * result variable, which {@link RecordContext} hands to {@link #result(Object)}. JEXL drives an iterator and
 * an assignment with plain Java calls, where a method call from the script would go through reflection for
 * every record. Public only so that the sandbox lets the script iterate over it.
 */
public final class BatchCursor implements Iterator<Object> {
    private final RecordContext context;
    private List<Record> records;
    private Object[] results;
    private int index;

    BatchCursor(RecordContext context) {
        this.context = context;
    }

    void reset(List<Record> records, Object[] results, int from) {
        this.records = records;
        this.results = results;
        this.index = from - 1;
    }

    /** The record being evaluated (or the last one). */
    int index() {
        return index;
    }

    @Override
    public boolean hasNext() {
        return index + 1 < records.size();
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        context.setRecord(records.get(++index));
        return Boolean.TRUE;
    }

    /** The condition's value for the current record. */
    void result(Object value) {
        results[index] = value;
    }
}
