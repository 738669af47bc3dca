package io.footfall.runtime.analytics.files;

import java.util.Objects;

/**
 * One row of {@code truth.jsonl} (CONTRACT section 3): where a person truly was at {@code ts}.
 * {@code device} is null for a person carrying none; {@code zone} is null outside every zone.
 */
public record TruthRow(long ts, String person, String device, double x, double y, String zone) {

    public TruthRow {
        Objects.requireNonNull(person, "person");
    }
}
