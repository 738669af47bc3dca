package io.footfall.runtime.engine;

import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import java.util.List;
import java.util.Map;

/**
 * One stage instance after validation: its definition, its configuration upgraded to the installed
 * version with defaults applied and {@code ${param}} references resolved, and the lanes it offers.
 *
 * @param outputLanes the stage's record lanes for this configuration (without the event lane)
 */
public record PlannedStage(String name, StageDefinition definition, Map<String, Object> config,
                           List<String> outputLanes) {

    public PlannedStage {
        // Stored configurations may hold JSON nulls, which Map.copyOf refuses.
        config = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(config));
        outputLanes = List.copyOf(outputLanes);
    }

    public StageKind kind() {
        return definition.kind();
    }

    /** Every lane an edge may leave this stage on: its output lanes, then {@code event} if it emits events. */
    public boolean offersLane(String lane) {
        return outputLanes.contains(lane) || (definition.producesEvents() && StageDefinition.EVENT_LANE.equals(lane));
    }
}
