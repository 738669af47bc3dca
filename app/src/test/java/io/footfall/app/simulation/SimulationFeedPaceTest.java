package io.footfall.app.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.FloorplanJson;
import io.footfall.runtime.sighting.Sighting;
import io.footfall.simulator.SimulationSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The embedded simulator's clock waits for a pipeline that cannot keep up, and says so. The real simulator
 * runs; real time is stepped by the test, so a busy machine changes nothing but how long the test takes.
 */
class SimulationFeedPaceTest {
    private static final Floorplan MALL = FloorplanJson.load(Path.of("..", "floorplans", "medium-mall.json"));
    private static final long STEP_MILLIS = 100;

    private final AtomicLong real = new AtomicLong(1_000_000);

    private SimulationFeed feed(double speed) {
        return new SimulationFeed(MALL, SimulationSettings.defaults().withDuration(Duration.ofHours(1).toMillis()),
                speed, real::get);
    }

    /** Lets the simulator thread catch up with the clock, so only the pipeline's pace is tested. */
    private static void awaitSimulator(SimulationFeed feed) throws InterruptedException {
        while (!feed.simulatorCaughtUp()) {
            Thread.sleep(5);
        }
    }

    @Test
    void aSlowPipelineHoldsTheClockSoItNeverRunsFarAhead() throws Exception {
        double speed = 600;
        try (SimulationFeed feed = feed(speed)) {
            long start = feed.clock().now();
            real.addAndGet(5_000);
            assertEquals(start, feed.clock().now(), "the clock waits while the shoppers are planned");
            feed.start();
            boolean sawHeld = false;
            long maxBehind = 0;
            long lastTs = Long.MIN_VALUE;
            SimulationProgress last = null;
            for (int step = 0; step < 100; step++) {
                real.addAndGet(STEP_MILLIS);
                awaitSimulator(feed);
                // 1,000 sightings per step of 100 ms: the mall makes ~25,000 per step at ×600.
                List<Sighting> batch = feed.take(1_000, 0);
                assertNotNull(batch);
                for (Sighting s : batch) {
                    assertTrue(s.ts() >= lastTs, "sightings come in time order");
                    lastTs = s.ts();
                }
                last = feed.progress();
                sawHeld |= last.heldLately();
                maxBehind = Math.max(maxBehind, last.behindMillis());
            }
            assertTrue(sawHeld, "the clock was held for the pipeline");
            assertTrue(last.heldLately());
            assertEquals(SimulationProgress.Limit.PIPELINE, last.limit());
            // Unheld, the clock would be 10 s × 600 = 100 simulated minutes ahead by now; held, at most 5 minutes and a step.
            long allowed = SimulationFeed.HOLD_AFTER_SIMULATED_MILLIS + (long) (2 * STEP_MILLIS * speed);
            assertTrue(maxBehind <= allowed, "behind by " + maxBehind + " ms, allowed " + allowed);
            assertTrue(last.effectiveSpeed() < speed / 2, "effective speed " + last.effectiveSpeed());
        }
    }

    @Test
    void aPipelineThatKeepsUpRunsAtTheSpeedAskedFor() throws Exception {
        try (SimulationFeed feed = feed(60)) {
            // The studio polls while the shoppers are planned: the clock waits then, which is neither a hold nor slow.
            for (int i = 0; i < 30; i++) {
                real.addAndGet(STEP_MILLIS);
                SimulationProgress planning = feed.progress();
                assertFalse(planning.heldLately());
                assertEquals(SimulationProgress.Limit.NONE, planning.limit());
            }
            feed.start();
            SimulationProgress last = null;
            for (int step = 0; step < 80; step++) {
                real.addAndGet(STEP_MILLIS);
                awaitSimulator(feed);
                assertNotNull(feed.take(1_000_000, 0));
                last = feed.progress();
                assertFalse(last.heldLately(), "held at step " + step);
            }
            assertEquals(SimulationProgress.Limit.NONE, last.limit());
            assertTrue(last.behindMillis() < STEP_MILLIS * 60, "behind by " + last.behindMillis());
            assertEquals(60, last.effectiveSpeed(), 0.5);
        }
    }
}
