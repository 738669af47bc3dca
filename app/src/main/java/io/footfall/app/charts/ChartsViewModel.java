package io.footfall.app.charts;

import io.footfall.app.run.AnalyticsUpdate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * The data behind the four charts, kept as plain values so the view turns it into JFreeChart datasets and
 * the tests need no charts. {@link #revisionProperty()} ticks on every update; views redraw on it.
 */
public final class ChartsViewModel {
    /** Dwell histogram: bins of this many minutes, the last bin open-ended. */
    public static final int DWELL_BIN_MINUTES = 5;
    public static final int DWELL_BINS = 12;
    public static final int TOP_FLOWS = 10;
    /** The occupancy chart shows this many of the busiest zones; its CSV has them all. */
    public static final int BUSIEST_ZONES = 10;
    /** Characters kept of each end of a flow's label, and of a zone's name, beside the bars. */
    public static final int FLOW_END_CHARS = 10;
    public static final int ZONE_LABEL_CHARS = 18;

    private final List<long[]> visitors = new ArrayList<>();
    private final Map<String, Integer> occupancy = new LinkedHashMap<>();
    private final int[] dwellBins = new int[DWELL_BINS];
    private final List<Map.Entry<AnalyticsUpdate.Flow, Long>> topFlows = new ArrayList<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");

    /** Takes an analytics update; each part replaces the previous one (the sink sends totals, not deltas). */
    public void update(AnalyticsUpdate u) {
        if (u.visitorsAt() != null && !u.visitorsAt().isEmpty()) {
            visitors.clear();
            visitors.addAll(u.visitorsAt());
        }
        if (u.occupancy() != null && !u.occupancy().isEmpty()) {
            occupancy.clear();
            occupancy.putAll(u.occupancy());
        }
        if (u.dwellSeconds() != null && !u.dwellSeconds().isEmpty()) {
            java.util.Arrays.fill(dwellBins, 0);
            for (double s : u.dwellSeconds()) {
                int bin = (int) Math.min(DWELL_BINS - 1, Math.max(0, s / 60.0 / DWELL_BIN_MINUTES));
                dwellBins[bin]++;
            }
        }
        if (u.flows() != null && !u.flows().isEmpty()) {
            topFlows.clear();
            u.flows().entrySet().stream()
                    .sorted(Map.Entry.<AnalyticsUpdate.Flow, Long>comparingByValue(Comparator.reverseOrder()))
                    .limit(TOP_FLOWS).forEach(e -> topFlows.add(Map.entry(e.getKey(), e.getValue())));
        }
        revision.set(revision.get() + 1);
    }

    public void clear() {
        visitors.clear();
        occupancy.clear();
        java.util.Arrays.fill(dwellBins, 0);
        topFlows.clear();
        revision.set(revision.get() + 1);
    }

    public List<long[]> visitors() {
        return List.copyOf(visitors);
    }

    public Map<String, Integer> occupancy() {
        return Map.copyOf(occupancy);
    }

    /** Occupancy sorted by zone name, for a stable bar order. */
    public List<Map.Entry<String, Integer>> occupancySorted() {
        return occupancy.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }

    /** The busiest zones now, most people first (ties by name, so equal bars keep their order). */
    public List<Map.Entry<String, Integer>> busiestZones() {
        return occupancy.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(BUSIEST_ZONES).toList();
    }

    public int[] dwellBins() {
        return dwellBins.clone();
    }

    public static String dwellBinLabel(int bin) {
        int lo = bin * DWELL_BIN_MINUTES;
        return bin == DWELL_BINS - 1 ? lo + "+ min" : lo + "–" + (lo + DWELL_BIN_MINUTES);
    }

    /** A name cut to at most {@code max} characters, the cut marked with an ellipsis; chart labels only. */
    public static String shortName(String name, int max) {
        return name.length() <= max ? name : name.substring(0, Math.max(1, max - 1)).stripTrailing() + "…";
    }

    /** A flow's chart label: both ends shortened so "from → to" fits beside a bar; tooltips and CSV keep the names. */
    public static String flowLabel(AnalyticsUpdate.Flow flow) {
        return shortName(flow.from(), FLOW_END_CHARS) + " → " + shortName(flow.to(), FLOW_END_CHARS);
    }

    public List<Map.Entry<AnalyticsUpdate.Flow, Long>> topFlows() {
        return List.copyOf(topFlows);
    }

    /** How many points the chart has; a test waits for this to become positive. */
    public int pointCount(ChartKind kind) {
        return switch (kind) {
            case VISITORS -> visitors.size();
            case OCCUPANCY -> occupancy.size();
            case DWELL -> java.util.Arrays.stream(dwellBins).sum();
            case FLOWS -> topFlows.size();
        };
    }

    /** The chart's data as CSV with a header row. */
    public String csv(ChartKind kind) {
        StringBuilder b = new StringBuilder();
        switch (kind) {
            case VISITORS -> {
                b.append("time,visitors\n");
                visitors.forEach(p -> b.append(Instant.ofEpochMilli(p[0])).append(',').append(p[1]).append('\n'));
            }
            case OCCUPANCY -> {
                b.append("zone,people\n");
                occupancySorted().forEach(e -> b.append(csvText(e.getKey())).append(',').append(e.getValue()).append('\n'));
            }
            case DWELL -> {
                b.append("dwell_minutes_from,dwell_minutes_to,visits\n");
                for (int i = 0; i < DWELL_BINS; i++) {
                    b.append(i * DWELL_BIN_MINUTES).append(',')
                            .append(i == DWELL_BINS - 1 ? "" : String.valueOf((i + 1) * DWELL_BIN_MINUTES))
                            .append(',').append(dwellBins[i]).append('\n');
                }
            }
            case FLOWS -> {
                b.append("from_zone,to_zone,count\n");
                topFlows.forEach(e -> b.append(csvText(e.getKey().from())).append(',').append(csvText(e.getKey().to()))
                        .append(',').append(e.getValue()).append('\n'));
            }
        }
        return b.toString();
    }

    private static String csvText(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
