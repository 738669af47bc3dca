package io.footfall.app.simulation;

/**
 * Simulated time for a studio simulation: advances at {@code speed} × real time from {@code start},
 * stands still while paused (by the user) or held (because the pipeline fell behind); speed changes,
 * pauses and holds never make it jump. Thread-safe.
 */
public final class SimulationClock {
    private final java.util.function.LongSupplier realMillis;
    private long simAtAnchor;
    private long realAtAnchor;
    private double speed;
    private boolean paused;
    private boolean held;

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
        return stopped() ? simAtAnchor : simAtAnchor + (long) ((realMillis.getAsLong() - realAtAnchor) * speed);
    }

    public synchronized void setSpeed(double newSpeed) {
        reanchor();
        speed = newSpeed;
    }

    public synchronized double speed() {
        return speed;
    }

    public synchronized void pause() {
        boolean was = stopped();
        paused = true;
        changed(was);
    }

    public synchronized void resume() {
        boolean was = stopped();
        paused = false;
        changed(was);
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    /** Holds the clock where it is until {@link #release()}, independent of the user's pause. */
    public synchronized void hold() {
        boolean was = stopped();
        held = true;
        changed(was);
    }

    public synchronized void release() {
        boolean was = stopped();
        held = false;
        changed(was);
    }

    public synchronized boolean isHeld() {
        return held;
    }

    private boolean stopped() {
        return paused || held;
    }

    private void changed(boolean wasStopped) {
        if (!wasStopped && stopped()) {
            simAtAnchor = simAtAnchor + (long) ((realMillis.getAsLong() - realAtAnchor) * speed);
        } else if (wasStopped && !stopped()) {
            realAtAnchor = realMillis.getAsLong();
        }
    }

    private void reanchor() {
        simAtAnchor = now();
        realAtAnchor = realMillis.getAsLong();
    }
}
