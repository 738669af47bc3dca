package io.footfall.runtime.analytics.flows;

import io.footfall.runtime.analytics.KAnonymity;
import io.footfall.runtime.analytics.bus.AnalyticsBus;
import io.footfall.runtime.analytics.visits.Visit;
import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Processor;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.RecordProcessor;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Visits in; at the end, one record per zone-to-zone flow {@code {from_zone, to_zone, count}} that at least
 * k devices made (see {@link FlowCounter}). The running counts go to the {@link AnalyticsBus} as they change.
 */
public final class FlowsProcessor extends AbstractStage implements Processor {
    private FlowCounter counter;
    private long newestExit = Long.MIN_VALUE;

    @Override
    protected void configure(StageConfig config) {
        counter = new FlowCounter(config.getLong("maxGapSeconds") * 1000, config.getInt(KAnonymity.CONFIG));
    }

    @Override
    public void process(Batch batch, BatchMaker out) throws StageException {
        boolean changed = false;
        for (Record r : batch.records()) {
            Visit v = Visit.fromRecord(r);
            if (v == null) {
                RecordProcessor.onRecordError(context(), r, "NOT_A_VISIT", "needs /device, /zone, /enter_ts and /exit_ts");
                continue;
            }
            counter.visit(v);
            newestExit = Math.max(newestExit, v.exitTs());
            changed = true;
        }
        if (changed) {
            counter.forgetBefore(newestExit - 3_600_000L);
            if (AnalyticsBus.hasListeners()) {
                AnalyticsBus.publish(new AnalyticsBus.FlowCounts(context().instanceName(), keyed()));
            }
        }
    }

    private Map<String, Long> keyed() {
        Map<String, Long> m = new LinkedHashMap<>();
        counter.publishable().forEach((f, n) -> m.put(f.from() + "→" + f.to(), n));
        return m;
    }

    @Override
    public void flush(BatchMaker out) {
        counter.publishable().forEach((flow, count) -> {
            Field root = Field.emptyMap();
            root.asMap().put("from_zone", Field.of(flow.from()));
            root.asMap().put("to_zone", Field.of(flow.to()));
            root.asMap().put("count", Field.of(count));
            out.add(new Record(context().instanceName() + "::" + flow.from() + "->" + flow.to(), root));
        });
        context().metrics().gauge("suppressedFlows", counter.suppressedFlows());
        AnalyticsBus.publish(new AnalyticsBus.FlowCounts(context().instanceName(), keyed()));
    }
}
