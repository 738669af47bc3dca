package io.footfall.app.simulation;

import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.StageInstance;
import io.footfall.runtime.stage.StageRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prepares a pipeline for a studio simulation: its sightings origin is replaced (same name, same edges)
 * by the embedded simulator's feed. A pipeline whose origin does not carry sightings cannot be simulated.
 */
public final class SimulationPipelines {
    /** Origins that read sightings and can therefore be fed by the simulator instead. */
    public static final String SIGHTINGS_FILE_TYPE = "footfall.analytics.sightingsFile";
    static final List<String> SIGHTING_ORIGINS = List.of(SIGHTINGS_FILE_TYPE, "footfall.origin.mqtt",
            "footfall.origin.udp", "footfall.origin.tcp", "footfall.origin.http", "footfall.origin.websocket",
            "footfall.origin.simulator");

    private SimulationPipelines() {
    }

    /** The pipeline with its sightings origin fed by {@code feedId}, or a sentence saying why it cannot be. */
    public static Result feedFrom(PipelineDefinition p, StageRegistry registry, String feedId) {
        List<StageInstance> stages = new ArrayList<>();
        String replaced = null;
        for (StageInstance s : p.stages()) {
            Optional<StageDefinition> type = registry.find(s.type());
            boolean origin = type.map(t -> t.kind() == StageKind.ORIGIN).orElse(false);
            if (replaced == null && origin && SIGHTING_ORIGINS.contains(s.type())) {
                stages.add(new StageInstance(s.name(), StudioStageLibrary.FEED_TYPE, 1, s.label(),
                        Map.of(StudioStageLibrary.FEED, feedId), s.position()));
                replaced = s.name();
            } else {
                stages.add(s);
            }
        }
        if (replaced == null) {
            return new Result(null, null, "The pipeline has no sightings origin for the simulator to feed (one of "
                    + String.join(", ", SIGHTING_ORIGINS) + "). Add a Sightings file origin, or use Live.");
        }
        return new Result(p.withStages(stages), replaced, null);
    }

    public record Result(PipelineDefinition pipeline, String fedStage, String problem) {
    }
}
