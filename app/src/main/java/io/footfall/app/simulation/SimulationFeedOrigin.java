package io.footfall.app.simulation;

import io.footfall.runtime.analytics.input.SightingRecords;
import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.Origin;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageException;
import io.footfall.runtime.sighting.Sighting;
import java.util.List;

/**
 * The origin the studio puts in place of a pipeline's sightings origin while simulating: emits the
 * embedded simulator's sightings as the simulated clock reaches them, as sighting records (CONTRACT section 2).
 * The offset is the number of sightings emitted (a simulation is never resumed).
 */
public final class SimulationFeedOrigin extends AbstractStage implements Origin {
    private SimulationFeed feed;
    private long emitted;

    @Override
    protected void configure(StageConfig config) {
        String id = config.getString(StudioStageLibrary.FEED);
        feed = id == null ? null : SimulationFeed.find(id);
        if (feed == null) {
            issue(StudioStageLibrary.FEED, "no running studio simulation '" + id + "'; this stage is only used by the studio");
        }
    }

    @Override
    public String produce(String lastOffset, int maxBatchSize, BatchMaker out) throws StageException {
        List<Sighting> batch;
        try {
            batch = feed.take(maxBatchSize, Math.min(250, context().maxWaitMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        if (batch == null) {
            if (feed.failure() != null) {
                throw new StageException("SIM_01", "the simulator failed: " + feed.failure());
            }
            return null;
        }
        for (Sighting s : batch) {
            out.add(SightingRecords.toRecord("simulator::" + (emitted + 1), s));
            emitted++;
        }
        return Long.toString(emitted);
    }
}
