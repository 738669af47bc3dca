package io.footfall.runtime.api;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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

    /** One edge into a stage, as the graph at hand holds it: the stage it comes from and that stage's lane. */
    public record Feed<N>(N from, String lane) {
    }

    /**
     * The kind of record {@code stage} sends on {@code lane} in a graph of stages of type {@code N} (the validator's
     * names, the canvas's nodes): a stage that sends what it is fed is followed back to what feeds it. Empty when
     * nothing on the way says.
     */
    public static <N> Optional<String> sent(N stage, String lane, Function<N, Optional<StageDefinition>> definition,
                                            Function<N, List<Feed<N>>> feeds) {
        return sent(stage, lane, definition, feeds, new HashSet<>());
    }

    private static <N> Optional<String> sent(N stage, String lane, Function<N, Optional<StageDefinition>> definition,
                                             Function<N, List<Feed<N>>> feeds, Set<N> seen) {
        Optional<String> kind = definition.apply(stage).flatMap(d -> d.sends(lane));
        if (kind.isEmpty() || !SAME_AS_INPUT.equals(kind.get())) {
            return kind;
        }
        if (!seen.add(stage)) {
            return Optional.empty();
        }
        for (Feed<N> feed : feeds.apply(stage)) {
            Optional<String> fed = sent(feed.from(), feed.lane(), definition, feeds, seen);
            if (fed.isPresent()) {
                return fed;
            }
        }
        return Optional.empty();
    }
}
