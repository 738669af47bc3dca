package io.footfall.runtime.analytics.files;

import java.util.Objects;

/** One row of {@code positions.jsonl} (CONTRACT section 4): an estimated position; {@code zone} may be null. */
public record PositionRow(long ts, String device, double x, double y, String zone) {

    public PositionRow {
        Objects.requireNonNull(device, "device");
    }
}
