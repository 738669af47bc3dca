package io.footfall.runtime.engine;

import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.api.Destination;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The error stream going to a destination stage named in the pipeline's error policy. */
final class StageErrorStream implements ErrorStream {
    private final PlannedStage planned;
    private final Destination destination;
    private final RuntimeStageContext context;
    private final List<Record> rejected = new ArrayList<>();
    private boolean initialised;

    StageErrorStream(PipelinePlan plan, PlannedStage planned, Clock clock) {
        this.planned = planned;
        this.destination = (Destination) planned.definition().create();
        RuntimeStageContext.Builder b = RuntimeStageContext.builder(planned.name(), new StageConfig(planned.config()))
                .parameters(plan.parameters()).clock(clock).baseDirectory(plan.baseDirectory())
                .errorSink(rejected::add).maxWaitMillis(plan.settings().maxWaitMillis());
        if (plan.floorplanFile() != null) {
            b.floorplanFile(plan.floorplanFile());
        }
        this.context = b.build();
    }

    List<ConfigIssue> init() {
        initialised = true;
        try {
            return destination.init(context);
        } catch (RuntimeException e) {
            return List.of(ConfigIssue.error(planned.name(), null, "init failed: " + e));
        }
    }

    @Override
    public void write(List<Record> errors) throws StageException {
        if (errors.isEmpty()) {
            return;
        }
        destination.write(Batch.of(errors, null));
        if (!rejected.isEmpty()) {
            String why = rejected.get(0).header().errorMessage();
            int n = rejected.size();
            rejected.clear();
            // The error stream is the last resort; records it cannot take must not vanish quietly.
            throw new StageException("ERROR_STREAM", "the error destination '" + planned.name() + "' rejected " + n
                    + " error record(s): " + why);
        }
    }

    @Override
    public String describe() {
        return "stage '" + planned.name() + "' (" + planned.definition().id() + ")";
    }

    @Override
    public void close() {
        if (initialised) {
            initialised = false;
            destination.destroy();
        }
    }
}
