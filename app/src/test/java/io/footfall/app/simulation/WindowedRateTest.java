package io.footfall.app.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WindowedRateTest {
    @Test
    void measuresTheSpeedOverTheLastWindowOnly() {
        WindowedRate meter = new WindowedRate(4_000);
        assertTrue(Double.isNaN(meter.observe(0, 0)));
        double speed = Double.NaN;
        for (long t = 250; t <= 8_000; t += 250) {
            speed = meter.observe(t, t * 60);
        }
        assertEquals(60, speed, 1e-9);
        // Then the clock slows to ×10: after one full window the old pace is forgotten.
        long sim = 8_000 * 60;
        for (long t = 8_250; t <= 12_500; t += 250) {
            sim += 2_500;
            speed = meter.observe(t, sim);
        }
        assertEquals(10, speed, 0.5);
    }
}
