package io.footfall.app.simulation;

/**
 * One look at a running simulation: the simulated clock, the simulated time up to which the pipeline
 * has taken every sighting, the speed asked for and the one reached over the last seconds, whether the
 * clock was held for the slower side in the last few seconds, and which side that is.
 */
public record SimulationProgress(long clock, long reached, double speed, double effectiveSpeed, boolean heldLately,
                                 Limit limit) {
    /** What keeps the run from the speed asked for. */
    public enum Limit {
        NONE, PIPELINE, SIMULATOR
    }

    /** How far (simulated milliseconds) the pipeline's input is behind the clock. */
    public long behindMillis() {
        return Math.max(0, clock - reached);
    }
}
