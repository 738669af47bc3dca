package io.footfall.runtime.analytics.occupancy;

import io.footfall.runtime.analytics.AnalyticsFields;
import io.footfall.runtime.analytics.Position;
import io.footfall.runtime.analytics.KAnonymity;
import io.footfall.runtime.analytics.bus.AnalyticsBus;
import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Processor;
import io.footfall.runtime.api.SharedInput;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.RecordProcessor;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Occupancy over time: per interval of event time and zone, the distinct devices positioned there, as
 * records {@code {from, to, zone, devices}} once the stream is past the interval (and on the
 * {@link AnalyticsBus}). Zones below the k-anonymity floor in an interval are left out of it.
 */
public final class OccupancyProcessor extends AbstractStage implements Processor, SharedInput {
    private final TreeMap<Long, Map<String, Set<String>>> intervals = new TreeMap<>();
    private long intervalMs;
    private long latenessMs;
    private int k;
    private long streamTime = Long.MIN_VALUE;

    @Override
    protected void configure(StageConfig config) {
        intervalMs = config.getLong("intervalSeconds") * 1000;
        latenessMs = config.getLong("latenessSeconds") * 1000;
        k = config.getInt(KAnonymity.CONFIG);
    }

    @Override
    public void process(Batch batch, BatchMaker out) throws StageException {
        for (Record r : batch.records()) {
            Position p = Position.of(r);
            if (p != null) {
                if (p.zone() != null) {
                    position(p.ts(), p.device(), p.zone());
                }
                continue;
            }
            Field ts = r.get(AnalyticsFields.TS);
            Field device = r.get(AnalyticsFields.DEVICE);
            if (ts == null || !ts.isNumber() || device == null) {
                RecordProcessor.onRecordError(context(), r, "NOT_A_POSITION", "needs /ts and /device");
                continue;
            }
            String zone = r.getString(AnalyticsFields.ZONE);
            if (zone == null) {
                continue;
            }
            position(ts.asLong(), device.asString(), zone);
        }
        if (streamTime != Long.MIN_VALUE) {
            emitBefore(out, streamTime - latenessMs);
        }
    }

    private void position(long t, String device, String zone) {
        long start = Math.floorDiv(t, intervalMs) * intervalMs;
        intervals.computeIfAbsent(start, s -> new HashMap<>()).computeIfAbsent(zone, z -> new HashSet<>()).add(device);
        streamTime = Math.max(streamTime, t);
    }

    @Override
    public void flush(BatchMaker out) {
        emitBefore(out, Long.MAX_VALUE);
    }

    private void emitBefore(BatchMaker out, long safeTime) {
        while (!intervals.isEmpty() && intervals.firstKey() + intervalMs <= safeTime) {
            Map.Entry<Long, Map<String, Set<String>>> e = intervals.pollFirstEntry();
            long from = e.getKey();
            Map<String, Integer> published = new TreeMap<>();
            e.getValue().forEach((zone, devices) -> {
                if (KAnonymity.publishable(devices.size(), k)) {
                    published.put(zone, devices.size());
                } else {
                    context().metrics().count("suppressedZones", 1);
                }
            });
            published.forEach((zone, n) -> {
                Field root = Field.emptyMap();
                root.asMap().put("from", Field.of(from));
                root.asMap().put("to", Field.of(from + intervalMs));
                root.asMap().put("zone", Field.of(zone));
                root.asMap().put("devices", Field.of((long) n));
                out.add(new Record(context().instanceName() + "::" + zone + "@" + from, root));
            });
            AnalyticsBus.publish(new AnalyticsBus.OccupancySnapshot(context().instanceName(), from, from + intervalMs,
                    published));
        }
    }
}
