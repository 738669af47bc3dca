package io.footfall.runtime.analytics.heatmap;

import io.footfall.runtime.analytics.AnalyticsFields;
import io.footfall.runtime.analytics.Position;
import io.footfall.runtime.analytics.KAnonymity;
import io.footfall.runtime.analytics.StageFloorplans;
import io.footfall.runtime.analytics.bus.AnalyticsBus;
import io.footfall.runtime.analytics.bus.AnalyticsBus.HeatmapFrame;
import io.footfall.runtime.analytics.bus.AnalyticsBus.HeatmapPartial;
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
import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.FloorplanGeometry;
import io.footfall.runtime.floorplan.Zone;
import java.util.List;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accumulates person-seconds per grid cell from positions. A position stands for the time until the
 * device's next position, capped at {@code maxGapSeconds} (a device not positioned for longer is gone, and
 * its last position counts {@code sampleSeconds}). Emits one frame per {@code bucketSeconds} of event time
 * (for the studio's replay, also on the {@link AnalyticsBus}) once the stream is past it, and at
 * {@link #flush} a frame with {@code total = true} covering the whole run, which the heatmap file writes.
 * Every frame applies the k-anonymity floor to its own cells. While someone listens on the bus, the buckets
 * still filling are also published as {@link HeatmapPartial}s, at most every {@value #PARTIAL_INTERVAL_MILLIS} ms.
 */
public final class HeatmapProcessor extends AbstractStage implements Processor, SharedInput {
    static final long PARTIAL_INTERVAL_MILLIS = 500;

    private final Map<String, Last> lastPositions = new HashMap<>();
    private final TreeMap<Long, HeatmapGrid> buckets = new TreeMap<>();
    private Floorplan plan;
    private double cellSize;
    private int k;
    private long bucketMs;
    private long maxGapMs;
    private double sampleSeconds;
    private boolean emitBuckets;
    private HeatmapGrid total;
    private double blurSigma;
    private boolean mergeThinCells;
    private int[] cellZones;
    private long from = Long.MAX_VALUE;
    private long to = Long.MIN_VALUE;
    private long streamTime = Long.MIN_VALUE;
    private long lastPartialNanos = System.nanoTime() - PARTIAL_INTERVAL_MILLIS * 1_000_000;

    private record Last(long ts, double x, double y) {
    }

    @Override
    protected void configure(StageConfig config) {
        FloorplanGeometry geometry = StageFloorplans.require(context(), config);
        plan = geometry.plan();
        cellSize = config.getDouble("cellSize");
        if (cellSize <= 0) {
            issue("cellSize", "must be positive");
            return;
        }
        blurSigma = config.getDouble("blurMeters");
        mergeThinCells = config.getBoolean("mergeThinCells");
        List<Zone> zones = plan.zones();
        cellZones = blurSigma > 0 || mergeThinCells ? HeatmapGrid.zonesOfCells(plan.width(), plan.height(), cellSize,
                (x, y) -> zoneIndex(zones, geometry.zoneAt(x, y))) : null;
        k = config.getInt(KAnonymity.CONFIG);
        bucketMs = config.getLong("bucketSeconds") * 1000;
        maxGapMs = config.getLong("maxGapSeconds") * 1000;
        sampleSeconds = config.getDouble("sampleSeconds");
        emitBuckets = config.getBoolean("emitBuckets");
        total = newGrid();
    }

    /** A cell outside every zone (a service yard, the space between buildings) is zone -1. */
    private static int zoneIndex(List<Zone> zones, Zone zone) {
        return zone == null ? -1 : zones.indexOf(zone);
    }

    private HeatmapGrid newGrid() {
        return new HeatmapGrid(plan.width(), plan.height(), cellSize, k, blurSigma, cellZones, mergeThinCells);
    }

    @Override
    public void process(Batch batch, BatchMaker out) throws StageException {
        for (Record r : batch.records()) {
            Position p = Position.of(r);
            if (p != null) {
                position(p.ts(), p.device(), p.x(), p.y());
                continue;
            }
            Field ts = r.get(AnalyticsFields.TS);
            Field device = r.get(AnalyticsFields.DEVICE);
            Field x = r.get(AnalyticsFields.X);
            Field y = r.get(AnalyticsFields.Y);
            if (ts == null || device == null || x == null || y == null || !x.isNumber() || !y.isNumber()) {
                RecordProcessor.onRecordError(context(), r, "NOT_A_POSITION", "needs /ts, /device, /x and /y");
                continue;
            }
            position(ts.asLong(), device.asString(), x.asDouble(), y.asDouble());
        }
        if (streamTime != Long.MIN_VALUE) {
            retireSilentDevices();
            emitFinishedBuckets(out, streamTime - maxGapMs);
            publishFillingBuckets();
        }
    }

    private void publishFillingBuckets() {
        long now = System.nanoTime();
        if (!emitBuckets || buckets.isEmpty() || now - lastPartialNanos < PARTIAL_INTERVAL_MILLIS * 1_000_000
                || !AnalyticsBus.hasListeners()) {
            return;
        }
        lastPartialNanos = now;
        buckets.forEach((start, g) -> AnalyticsBus.publish(new HeatmapPartial(new HeatmapFrame(context().instanceName(),
                start, start + bucketMs, cellSize, g.cols(), g.rows(), g.values(), false))));
    }

    private void position(long t, String id, double x, double y) {
        Last previous = lastPositions.put(id, new Last(t, x, y));
        if (previous != null && t > previous.ts) {
            credit(id, previous, Math.min(t - previous.ts, maxGapMs) / 1000.0);
        }
        streamTime = Math.max(streamTime, t);
    }

    @Override
    public void flush(BatchMaker out) {
        lastPositions.forEach((id, last) -> credit(id, last, sampleSeconds));
        lastPositions.clear();
        emitFinishedBuckets(out, Long.MAX_VALUE);
        boolean empty = from > to;
        HeatmapFrame frame = new HeatmapFrame(context().instanceName(), empty ? 0 : from, empty ? 0 : to, cellSize,
                total.cols(), total.rows(), total.values(), true);
        out.add(HeatmapFrames.toRecord(context().instanceName() + "::total", frame));
        AnalyticsBus.publish(frame);
        context().metrics().gauge("suppressedCells", total.suppressedCells());
    }

    private void credit(String device, Last at, double seconds) {
        total.add(at.x, at.y, seconds, device);
        long end = at.ts + Math.round(seconds * 1000);
        from = Math.min(from, at.ts);
        to = Math.max(to, end);
        if (emitBuckets) {
            long bucket = Math.floorDiv(at.ts, bucketMs) * bucketMs;
            buckets.computeIfAbsent(bucket, b -> newGrid()).add(at.x, at.y, seconds, device);
        }
    }

    private void retireSilentDevices() {
        for (Iterator<Map.Entry<String, Last>> it = lastPositions.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Last> e = it.next();
            if (streamTime - e.getValue().ts > maxGapMs) {
                credit(e.getKey(), e.getValue(), sampleSeconds);
                it.remove();
            }
        }
    }

    private void emitFinishedBuckets(BatchMaker out, long safeTime) {
        while (!buckets.isEmpty() && buckets.firstKey() + bucketMs <= safeTime) {
            Map.Entry<Long, HeatmapGrid> e = buckets.pollFirstEntry();
            HeatmapGrid g = e.getValue();
            HeatmapFrame frame = new HeatmapFrame(context().instanceName(), e.getKey(), e.getKey() + bucketMs, cellSize,
                    g.cols(), g.rows(), g.values(), false);
            out.add(HeatmapFrames.toRecord(context().instanceName() + "::" + e.getKey(), frame));
            AnalyticsBus.publish(frame);
        }
    }
}
