package io.footfall.runtime.engine.testlib;

import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Origin;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageConfig;

/** Test origin making {@code records} sighting-shaped records in memory, {@code /line} holding the rssi as text. */
public final class SightingCounterOrigin extends AbstractStage implements Origin {
    private static final Field SENSOR = Field.of("s-01");
    private static final Field WIFI = Field.of("wifi");
    private long total;

    @Override
    protected void configure(StageConfig config) {
        total = config.getLong("records");
    }

    @Override
    public String produce(String lastOffset, int maxBatchSize, BatchMaker out) {
        long next = lastOffset == null ? 0 : Long.parseLong(lastOffset);
        long end = Math.min(total, next + maxBatchSize);
        if (next >= total) {
            return null;
        }
        for (long i = next; i < end; i++) {
            Record r = new Record("mem");
            r.set("/ts", Field.timestamp(1_764_064_800_000L + i));
            r.set("/sensor", SENSOR);
            r.set("/device", Field.of("3a:1f:9c:00:12:7e"));
            long rssi = -40 - (i % 55);
            r.set("/rssi", Field.of(rssi));
            r.set("/line", Field.of(Long.toString(rssi)));
            r.set("/kind", WIFI);
            out.add(r);
        }
        return Long.toString(end);
    }
}
