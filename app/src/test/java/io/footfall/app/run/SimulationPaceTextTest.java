package io.footfall.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.footfall.app.simulation.SimulationProgress;
import io.footfall.app.simulation.SimulationProgress.Limit;
import org.junit.jupiter.api.Test;

class SimulationPaceTextTest {
    @Test
    void saysNothingWhileTheRunKeepsUp() {
        assertEquals("", SimulationPaceText.of(null));
        assertEquals("", SimulationPaceText.of(new SimulationProgress(100_000, 100_000, 60, 60, false, Limit.NONE)));
        // 30 simulated seconds at ×60 is half a second of real time: a batch in flight.
        assertEquals("", SimulationPaceText.of(new SimulationProgress(100_000, 70_000, 60, 58, false, Limit.PIPELINE)));
        // Held a moment ago, but at ×60 over the last seconds: "running at ×60" would contradict itself.
        assertEquals("", SimulationPaceText.of(new SimulationProgress(400_000, 200_000, 60, 59.6, true, Limit.PIPELINE)));
    }

    @Test
    void namesTheSlowerSideAndTheSpeedReached() {
        assertEquals("The pipeline can't keep up with ×60: running at ×23",
                SimulationPaceText.of(new SimulationProgress(500_000, 300_000, 60, 23.4, true, Limit.PIPELINE)));
        assertEquals("The simulator can't keep up with ×600: running at ×410",
                SimulationPaceText.of(new SimulationProgress(5_000_000, 3_000_000, 600, 410, false, Limit.SIMULATOR)));
        assertEquals("The pipeline can't keep up with ×60: waiting for it to catch up",
                SimulationPaceText.of(new SimulationProgress(500_000, 300_000, 60, 0.2, true, Limit.PIPELINE)));
        assertEquals("The pipeline can't keep up with ×5: running at ×2.5",
                SimulationPaceText.of(new SimulationProgress(100_000, 80_000, 5, 2.5, true, Limit.PIPELINE)));
    }
}
