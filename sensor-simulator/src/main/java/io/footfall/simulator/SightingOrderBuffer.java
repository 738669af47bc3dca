package io.footfall.simulator;

import io.footfall.runtime.sighting.Sighting;
import java.io.IOException;
import java.util.PriorityQueue;

/**
 * Holds sightings until no later-generated sighting can carry an earlier timestamp (sensor clocks are
 * skewed), then releases them in timestamp order; ties keep generation order, so output is deterministic.
 */
final class SightingOrderBuffer {
    private record Pending(long ts, long order, Sighting sighting, long delayMs) {
    }

    private final PriorityQueue<Pending> queue = new PriorityQueue<>((a, b) -> a.ts != b.ts
            ? Long.compare(a.ts, b.ts) : Long.compare(a.order, b.order));
    private long order;
    private long released;

    void add(Sighting s, long delayMs) {
        queue.add(new Pending(s.ts(), order++, s, delayMs));
    }

    /** Releases every sighting with {@code ts < bound}. */
    void releaseBefore(long bound, SimulationOutput out) throws IOException {
        while (!queue.isEmpty() && queue.peek().ts < bound) {
            Pending p = queue.poll();
            out.sighting(p.sighting, p.delayMs);
            released++;
        }
    }

    void releaseAll(SimulationOutput out) throws IOException {
        releaseBefore(Long.MAX_VALUE, out);
    }

    long released() {
        return released;
    }
}
