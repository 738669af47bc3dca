package io.footfall.runtime.analytics.output;

import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.Destination;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.RecordProcessor;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageException;
import java.io.IOException;
import java.nio.file.Path;

/** Writes flows.csv (CONTRACT section 4), {@code from_zone,to_zone,count}, from the flows stage's records. */
public final class FlowsFileDestination extends AbstractStage implements Destination {
    public static final String HEADER = "from_zone,to_zone,count";
    private final StringBuilder rows = new StringBuilder(HEADER).append('\n');
    private Path file;

    @Override
    protected void configure(StageConfig config) {
        file = OutputFiles.resolve(context(), config.getString("path"));
    }

    @Override
    public void write(Batch batch) throws StageException {
        for (Record r : batch.records()) {
            String from = r.getString("/from_zone");
            String to = r.getString("/to_zone");
            Field count = r.get("/count");
            if (from == null || to == null || count == null || !count.isNumber()) {
                RecordProcessor.onRecordError(context(), r, "NOT_A_FLOW", "needs /from_zone, /to_zone and /count");
                continue;
            }
            rows.append(from).append(',').append(to).append(',').append(count.asLong()).append('\n');
        }
    }

    @Override
    public void destroy() {
        if (context() == null || context().isPreview() || file == null) {
            return;
        }
        try {
            OutputFiles.writeAtomically(file, rows.toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file, e);
        }
    }
}
