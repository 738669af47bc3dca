package io.footfall.app.simulation;

import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.RecordKind;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.api.StageLibrary;
import java.util.List;

/** Stages only the studio uses: the feed of its embedded simulator. Hidden from the palette. */
public final class StudioStageLibrary implements StageLibrary {
    public static final String FEED_TYPE = "footfall.studio.simulationFeed";
    public static final String FEED = "feed";
    /** Stage types under this prefix belong to the studio itself and are not offered in the palette. */
    public static final String INTERNAL_PREFIX = "footfall.studio.";

    @Override
    public String name() {
        return "Footfall studio";
    }

    @Override
    public List<StageDefinition> stages() {
        return List.of(StageDefinition.builder(FEED_TYPE, 1, StageKind.ORIGIN)
                .label("Studio simulation").icon("simulator").category("Studio")
                .records(null, RecordKind.SIGHTINGS)
                .description("The studio's embedded simulator, standing in for the pipeline's sightings origin while simulating.")
                .config(ConfigDef.builder(FEED, ConfigDef.Type.STRING).label("Feed").required().build())
                .factory(SimulationFeedOrigin::new).build());
    }
}
