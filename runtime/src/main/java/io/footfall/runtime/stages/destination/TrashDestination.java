package io.footfall.runtime.stages.destination;

import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.Destination;
import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.api.StageContext;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import java.util.List;

/** Discards records (counting them): an end for lanes whose records are not needed. */
public final class TrashDestination implements Destination {
    public static final String ID = "footfall.destination.trash";

    public static final StageDefinition DEFINITION = StageDefinition.builder(ID, 1, StageKind.DESTINATION)
            .label("Trash")
            .description("Discards the records it receives; they are only counted.")
            .icon("trash")
            .factory(TrashDestination::new)
            .build();

    private StageContext context;

    @Override
    public List<ConfigIssue> init(StageContext context) {
        this.context = context;
        return List.of();
    }

    @Override
    public void write(Batch batch) {
        context.metrics().count("discarded", batch.size());
    }
}
