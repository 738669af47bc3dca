package io.footfall.runtime.stages.expr;

import io.footfall.runtime.api.Record;
import java.util.List;

/**
 * The stage's side of a {@link BatchCondition} loop: the script calls {@code next()} to move to the first
 * record (which becomes the one the expression's variables read), then {@code next(value)} with the
 * condition's value for it, which moves on. Public only so that the sandbox lets the script call it.
 */
public final class BatchCursor {
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

    int index() {
        return index;
    }

    public boolean next() {
        if (++index >= records.size()) {
            return false;
        }
        context.setRecord(records.get(index));
        return true;
    }

    /** Records the current record's value and moves to the next one (one call per record from the loop). */
    public boolean next(Object valueOfCurrent) {
        results[index] = valueOfCurrent;
        return next();
    }
}
