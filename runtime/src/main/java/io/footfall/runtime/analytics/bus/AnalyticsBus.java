package io.footfall.runtime.analytics.bus;

import io.footfall.runtime.analytics.visits.Visit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The live side of the analytics stages: heatmap frames, occupancy and visits as they are computed, for the
 * studio (or anything in the same JVM) to subscribe to without being a pipeline stage. Listeners are called
 * on the pipeline thread that runs the emitting stage (one of two with `threads: 2`), so they must hand work off quickly (the studio uses Platform.runLater). A listener
 * that throws is skipped for that event; it never breaks the pipeline.
 */
public final class AnalyticsBus {
    private static final List<Consumer<? super Event>> LISTENERS = new CopyOnWriteArrayList<>();

    private AnalyticsBus() {
    }

    /** What the bus carries. */
    public sealed interface Event permits HeatmapFrame, HeatmapPartial, OccupancySnapshot, VisitEnded, FlowCounts {
    }

    /**
     * Person-seconds per cell over [from, to), k-anonymity applied; row 0 is the top of the plan.
     * {@code total} marks the frame covering the whole run so far.
     */
    public record HeatmapFrame(String stage, long from, long to, double cellSize, int cols, int rows,
                               double[][] values, boolean total) implements Event {
    }

    /**
     * A bucket still filling: its person-seconds so far (k-anonymity applied), published a few times a
     * second so a live view glows before the bucket closes. A later partial or the bucket's
     * {@link HeatmapFrame} with the same {@code from} replaces it; files never see partials.
     */
    public record HeatmapPartial(HeatmapFrame frame) implements Event {
    }

    /** Distinct devices per zone over [from, to); a zone below the k-anonymity floor is absent. */
    public record OccupancySnapshot(String stage, long from, long to, Map<String, Integer> devicesByZone)
            implements Event {
    }

    public record VisitEnded(Visit visit) implements Event {
    }

    /** Zone-to-zone transition counts so far, k-anonymity applied; keys are "from→to". */
    public record FlowCounts(String stage, Map<String, Long> counts) implements Event {
    }

    /** Subscribes; returns the handle that unsubscribes. */
    public static AutoCloseable subscribe(Consumer<? super Event> listener) {
        LISTENERS.add(listener);
        return () -> LISTENERS.remove(listener);
    }

    public static boolean hasListeners() {
        return !LISTENERS.isEmpty();
    }

    public static void publish(Event event) {
        for (Consumer<? super Event> l : LISTENERS) {
            try {
                l.accept(event);
            } catch (RuntimeException ignored) {
                // A broken view must not stop the analytics; it just misses this event.
            }
        }
    }
}
