package io.footfall.runtime.analytics.visits;

import io.footfall.runtime.analytics.AnalyticsFields;
import io.footfall.runtime.analytics.Position;
import io.footfall.runtime.analytics.StageFloorplans;
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
import io.footfall.runtime.floorplan.Zone;
import io.footfall.runtime.floorplan.ZoneKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Positions in, visits out: {@code {device, zone, enter_ts, exit_ts, dwell_s}} for zones of the configured
 * kinds (stores and food courts by default), cut by {@link VisitTracker}. A visit leaves the stage in the
 * batch during which it ended, or at {@link #flush} when the pipeline stops; it is also published on the
 * {@link AnalyticsBus} for the studio.
 */
public final class SessionizerProcessor extends AbstractStage implements Processor, SharedInput {
    private final Set<String> visitZones = new HashSet<>();
    private final List<Visit> closed = new ArrayList<>();
    private VisitTracker tracker;

    @Override
    protected void configure(StageConfig config) {
        Set<ZoneKind> kinds = new HashSet<>();
        for (String k : config.getList("zoneKinds")) {
            ZoneKind.fromJson(k.strip().toLowerCase(Locale.ROOT)).ifPresentOrElse(kinds::add,
                    () -> issue("zoneKinds", "'" + k + "' is not a zone kind (store, corridor, foodcourt, entrance, service)"));
        }
        for (Zone z : StageFloorplans.plan(context(), config).zones()) {
            if (kinds.contains(z.kind())) {
                visitZones.add(z.id());
            }
        }
        tracker = new VisitTracker(config.getLong("enterAfterSeconds") * 1000, config.getLong("exitAfterSeconds") * 1000,
                config.getLong("timeoutSeconds") * 1000, config.getLong("minDwellSeconds") * 1000, closed::add);
    }

    @Override
    public void process(Batch batch, BatchMaker out) throws StageException {
        for (Record r : batch.records()) {
            Position p = Position.of(r);
            if (p != null) {
                position(p.device(), p.ts(), p.zone());
                continue;
            }
            Field device = r.get(AnalyticsFields.DEVICE);
            Field ts = r.get(AnalyticsFields.TS);
            if (device == null || device.isNull() || ts == null || !ts.isNumber()) {
                RecordProcessor.onRecordError(context(), r, "NOT_A_POSITION", "needs /device and /ts (a number)");
                continue;
            }
            position(device.asString(), ts.asLong(), r.getString(AnalyticsFields.ZONE));
        }
        emit(out);
        context().metrics().gauge("openDevices", tracker.openDevices());
    }

    private void position(String device, long ts, String zone) {
        tracker.position(device, ts, zone != null && visitZones.contains(zone) ? zone : null);
    }

    @Override
    public void flush(BatchMaker out) {
        tracker.closeAll();
        emit(out);
    }

    private void emit(BatchMaker out) {
        for (Visit v : closed) {
            out.add(v.toRecord(context().instanceName() + "::" + v.device() + "@" + v.enterTs()));
            AnalyticsBus.publish(new AnalyticsBus.VisitEnded(v));
        }
        context().metrics().count("visits", closed.size());
        closed.clear();
    }
}
