package io.footfall.runtime.engine;

import io.footfall.runtime.pipeline.Edge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order stages run in: every stage after all stages feeding it, ties broken by the order of the
 * pipeline file (so runs are reproducible). Stages left over sit on or behind a cycle.
 */
final class StageOrder {
    private final List<String> sorted;
    private final List<List<String>> cycles;

    private StageOrder(List<String> sorted, List<List<String>> cycles) {
        this.sorted = sorted;
        this.cycles = cycles;
    }

    /** Orders the named stages by the edges between them (edges from other names are ignored). */
    static StageOrder of(List<String> names, List<Edge> edges) {
        Map<String, Set<String>> next = new LinkedHashMap<>();
        Map<String, Integer> indegree = new HashMap<>();
        for (String n : names) {
            next.put(n, new LinkedHashSet<>());
            indegree.put(n, 0);
        }
        for (Edge e : edges) {
            if (next.containsKey(e.from()) && next.containsKey(e.to()) && next.get(e.from()).add(e.to())) {
                indegree.merge(e.to(), 1, Integer::sum);
            }
        }
        List<String> sorted = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (String n : names) {
                if (!done.contains(n) && indegree.get(n) == 0) {
                    done.add(n);
                    sorted.add(n);
                    next.get(n).forEach(t -> indegree.merge(t, -1, Integer::sum));
                    progress = true;
                    break;
                }
            }
        }
        List<List<String>> cycles = new ArrayList<>();
        for (String n : names) {
            if (!done.contains(n)) {
                List<String> cycle = cycleThrough(n, next, done);
                if (!cycle.isEmpty()) {
                    cycles.add(cycle);
                }
            }
        }
        return new StageOrder(sorted, cycles);
    }

    /** The shortest path from {@code start} back to itself among unsorted stages, or empty. */
    private static List<String> cycleThrough(String start, Map<String, Set<String>> next, Set<String> done) {
        Map<String, String> parent = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            String current = queue.poll();
            for (String t : next.get(current)) {
                if (done.contains(t)) {
                    continue;
                }
                if (t.equals(start)) {
                    List<String> path = new ArrayList<>();
                    for (String p = current; p != null; p = parent.get(p)) {
                        path.add(0, p);
                    }
                    return path;
                }
                if (!parent.containsKey(t) && !t.equals(start)) {
                    parent.put(t, current);
                    queue.add(t);
                }
            }
        }
        return List.of();
    }

    List<String> sorted() {
        return sorted;
    }

    /** One cycle per stage on a cycle, as the stages along it (the first is where it starts). */
    List<List<String>> cycles() {
        return cycles;
    }
}
