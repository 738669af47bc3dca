package io.footfall.app.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SimulationClockTest {
    private final AtomicLong real = new AtomicLong(1_000);
    private final SimulationClock clock = new SimulationClock(0, 60, real::get);

    @Test
    void aHeldClockStandsStillAndGoesOnFromWhereItStoodWhenReleased() {
        real.addAndGet(1_000);
        assertEquals(60_000, clock.now());
        clock.hold();
        real.addAndGet(5_000);
        assertEquals(60_000, clock.now());
        assertTrue(clock.isHeld());
        clock.release();
        assertEquals(60_000, clock.now());
        real.addAndGet(500);
        assertEquals(90_000, clock.now());
    }

    @Test
    void holdAndPauseAreIndependentAndTheClockRunsOnlyWhenNeitherIsOn() {
        real.addAndGet(1_000);
        clock.pause();
        clock.hold();
        real.addAndGet(1_000);
        clock.resume();
        real.addAndGet(1_000);
        assertEquals(60_000, clock.now(), "still held after the user's resume");
        clock.pause();
        clock.release();
        real.addAndGet(1_000);
        assertEquals(60_000, clock.now(), "still paused after the release");
        clock.resume();
        assertFalse(clock.isPaused());
        real.addAndGet(1_000);
        assertEquals(120_000, clock.now());
    }

    @Test
    void aSpeedChangeWhileHeldTakesEffectOnRelease() {
        clock.hold();
        real.addAndGet(1_000);
        clock.setSpeed(10);
        clock.release();
        real.addAndGet(1_000);
        assertEquals(10_000, clock.now());
    }
}
