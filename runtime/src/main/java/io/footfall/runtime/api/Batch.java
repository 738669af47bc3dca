package io.footfall.runtime.api;

import java.util.Iterator;
import java.util.List;

/** An ordered set of records handed to a processor or destination, with the origin's offset. */
public interface Batch extends Iterable<Record> {

    List<Record> records();

    /** The origin offset this batch ends at (committed once the batch is fully written). */
    String sourceOffset();

    default int size() {
        return records().size();
    }

    @Override
    default Iterator<Record> iterator() {
        return records().iterator();
    }

    static Batch of(List<Record> records, String sourceOffset) {
        List<Record> view = java.util.Collections.unmodifiableList(records);
        return new Batch() {
            @Override
            public List<Record> records() {
                return view;
            }

            @Override
            public String sourceOffset() {
                return sourceOffset;
            }
        };
    }
}
