package io.footfall.runtime.analytics.flows;

import io.footfall.runtime.analytics.visits.Visit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Counts zone-to-zone transitions from each device's consecutive visits: leaving A and entering B within
 * {@code maxGapMs} is one A→B flow. Remembers, per flow, up to k devices so flows made by fewer than k
 * devices can be suppressed.
 */
public final class FlowCounter {
    private final long maxGapMs;
    private final int k;
    private final Map<String, Visit> lastVisit = new HashMap<>();
    private final Map<Flow, Tally> flows = new LinkedHashMap<>();

    public record Flow(String from, String to) {
    }

    private static final class Tally {
        long count;
        final Set<String> devices = new HashSet<>();
    }

    public FlowCounter(long maxGapMs, int k) {
        this.maxGapMs = maxGapMs;
        this.k = k;
    }

    public void visit(Visit v) {
        Visit previous = lastVisit.get(v.device());
        if (previous == null || previous.exitTs() <= v.enterTs()) {
            lastVisit.put(v.device(), v);
        }
        if (previous != null && !previous.zone().equals(v.zone()) && v.enterTs() >= previous.exitTs()
                && v.enterTs() - previous.exitTs() <= maxGapMs) {
            Tally t = flows.computeIfAbsent(new Flow(previous.zone(), v.zone()), f -> new Tally());
            t.count++;
            if (t.devices.size() < k) {
                t.devices.add(v.device());
            }
        }
    }

    /** Forgets devices whose last visit ended before the time; they cannot start a flow any more. */
    public void forgetBefore(long ts) {
        lastVisit.values().removeIf(v -> v.exitTs() < ts - maxGapMs);
    }

    /** Flows made by at least k distinct devices, with their counts, most frequent first. */
    public Map<Flow, Long> publishable() {
        Map<Flow, Long> out = new LinkedHashMap<>();
        flows.entrySet().stream().filter(e -> e.getValue().devices.size() >= k)
                .sorted((a, b) -> Long.compare(b.getValue().count, a.getValue().count))
                .forEach(e -> out.put(e.getKey(), e.getValue().count));
        return out;
    }

    public int suppressedFlows() {
        return (int) flows.values().stream().filter(t -> t.devices.size() < k).count();
    }
}
