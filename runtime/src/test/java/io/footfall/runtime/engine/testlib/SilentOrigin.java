package io.footfall.runtime.engine.testlib;

import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Origin;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageConfig;

/** Test origin like a live sensor: gives {@code records} records, then waits for data that never comes. */
public final class SilentOrigin extends AbstractStage implements Origin {
    private long remaining;

    @Override
    protected void configure(StageConfig config) {
        remaining = config.getLong("records");
        TestStageLibrary.log(context().instanceName() + ":init");
    }

    @Override
    public String produce(String lastOffset, int maxBatchSize, BatchMaker out) {
        long n = lastOffset == null ? 0 : Long.parseLong(lastOffset);
        int made = 0;
        while (remaining > 0 && made < maxBatchSize) {
            Record r = new Record("live:" + n);
            r.set("/line", Field.of(Long.toString(n)));
            out.add(r);
            n++;
            made++;
            remaining--;
        }
        if (made == 0) {
            try {
                Thread.sleep(context().maxWaitMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Long.toString(n);
    }

    @Override
    public void destroy() {
        TestStageLibrary.log(context().instanceName() + ":destroy");
    }
}
