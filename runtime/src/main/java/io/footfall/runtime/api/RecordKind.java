package io.footfall.runtime.api;

/**
 * What a stage's records are, as its description declares them (plural nouns, so that a refusal reads as a
 * sentence: "'Heatmap' takes positions, and 'Sightings file' sends sightings"). Stages that take and send any
 * record (a filter, a field setter, a file) declare nothing and connect to everything; a stage that passes its
 * input through unchanged in kind declares {@link #SAME_AS_INPUT}.
 */
public final class RecordKind {
    public static final String SIGHTINGS = "sightings";
    public static final String POSITIONS = "positions";
    public static final String VISITS = "visits";
    public static final String FLOWS = "flows";
    public static final String HEATMAP_FRAMES = "heatmap frames";
    public static final String OCCUPANCY = "occupancy samples";
    public static final String CAPTURE_RATES = "capture rates";
    /** What leaves every stage on {@link StageDefinition#EVENT_LANE}. */
    public static final String EVENTS = "events";
    /** Sends records of the kind it receives. */
    public static final String SAME_AS_INPUT = "same as input";

    private RecordKind() {
    }
}
