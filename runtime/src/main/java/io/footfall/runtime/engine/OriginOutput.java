package io.footfall.runtime.engine;

import io.footfall.runtime.api.Record;
import java.util.ArrayList;
import java.util.List;

/**
 * What one produce() call gave, handed from the origin's thread to the pipeline's thread through the
 * bounded queue: records per lane, error records, events, and the offset the batch ends at.
 */
final class OriginOutput {
    final LaneBatchMaker lanes;
    final List<Record> errors = new ArrayList<>(0);
    final List<Record> events = new ArrayList<>(0);
    /** The offset after this batch (for the last batch: the last offset the origin returned). */
    String offset;
    /** The origin said it has no more data. */
    boolean last;
    /** The origin failed; set instead of records. */
    StageFailure failure;

    OriginOutput(LaneBatchMaker lanes) {
        this.lanes = lanes;
    }
}
