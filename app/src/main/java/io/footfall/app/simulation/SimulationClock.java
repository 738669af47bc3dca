package io.footfall.app.simulation;

/**
 * Simulated time for a studio simulation: advances at {@code speed} × real time from {@code start},
 * stands still while paused; speed changes and pauses never make it jump. Thread-safe.
 */
public final class SimulationClock {
    private final java.util.function.LongSupplier realMillis;
    private long simAtAnchor;
    private long realAtAnchor;
    private double speed;
    private boolean paused;

    public SimulationClock(long start, double speed, java.util.function.LongSupplier realMillis) {
        this.realMillis = realMillis;
        this.simAtAnchor = start;
        this.realAtAnchor = realMillis.getAsLong();
        this.speed = speed;
    }

    public SimulationClock(long start, double speed) {
        this(start, speed, System::currentTimeMillis);
    }

    public synchronized long now() {
        return paused ? simAtAnchor : simAtAnchor + (long) ((realMillis.getAsLong() - realAtAnchor) * speed);
    }

    public synchronized void setSpeed(double newSpeed) {
        reanchor();
        speed = newSpeed;
    }

    public synchronized void pause() {
        if (!paused) {
            reanchor();
            paused = true;
        }
    }

    public synchronized void resume() {
        if (paused) {
            realAtAnchor = realMillis.getAsLong();
            paused = false;
        }
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    private void reanchor() {
        simAtAnchor = now();
        realAtAnchor = realMillis.getAsLong();
    }
}
