package io.footfall.app.run;

import io.footfall.runtime.analytics.bus.AnalyticsBus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Listens to the analytics stages' live bus during a run and turns what they publish into chart and heatmap
 * updates: visitors over time (people counted in zones per occupancy interval), occupancy per zone (by zone
 * name), dwell times of finished visits, flow counts, and every heatmap bucket. Updates go out at most every
 * {@value #MIN_INTERVAL_MILLIS} ms, except heatmap buckets, which are all passed on.
 */
final class AnalyticsCollector implements AutoCloseable {
    static final long MIN_INTERVAL_MILLIS = 200;

    private final RunListener listener;
    private final Function<String, String> zoneName;
    private final AutoCloseable subscription;
    private final List<long[]> visitors = new ArrayList<>();
    private final Map<Long, Integer> visitorsByTime = new LinkedHashMap<>();
    private Map<String, Integer> occupancy = Map.of();
    private final List<Double> dwell = new ArrayList<>();
    private Map<AnalyticsUpdate.Flow, Long> flows = Map.of();
    private long lastSent;

    AnalyticsCollector(RunListener listener, Function<String, String> zoneName) {
        this.listener = listener;
        this.zoneName = zoneName;
        this.subscription = AnalyticsBus.subscribe(this::on);
    }

    private synchronized void on(AnalyticsBus.Event event) {
        HeatGrid heat = null;
        if (event instanceof AnalyticsBus.HeatmapFrame f) {
            if (f.total()) {
                return;
            }
            heat = new HeatGrid(f.cellSize(), f.cols(), f.rows(), f.from(), f.to(), f.values());
        } else if (event instanceof AnalyticsBus.HeatmapPartial p) {
            AnalyticsBus.HeatmapFrame f = p.frame();
            heat = new HeatGrid(f.cellSize(), f.cols(), f.rows(), f.from(), f.to(), f.values(), true);
        } else if (event instanceof AnalyticsBus.OccupancySnapshot o) {
            Map<String, Integer> named = new LinkedHashMap<>();
            o.devicesByZone().forEach((zone, n) -> named.merge(zoneName.apply(zone), n, Integer::sum));
            occupancy = named;
            visitorsByTime.merge(o.to(), o.devicesByZone().values().stream().mapToInt(Integer::intValue).sum(), Integer::sum);
            visitors.clear();
            visitorsByTime.forEach((t, n) -> visitors.add(new long[] {t, n}));
        } else if (event instanceof AnalyticsBus.VisitEnded v) {
            dwell.add(v.visit().dwellSeconds());
        } else if (event instanceof AnalyticsBus.FlowCounts c) {
            Map<AnalyticsUpdate.Flow, Long> next = new LinkedHashMap<>();
            c.counts().forEach((key, n) -> {
                int arrow = key.indexOf('→');
                if (arrow > 0) {
                    next.put(new AnalyticsUpdate.Flow(zoneName.apply(key.substring(0, arrow)),
                            zoneName.apply(key.substring(arrow + 1))), n);
                }
            });
            flows = next;
        }
        long now = System.currentTimeMillis();
        if (heat != null || now - lastSent >= MIN_INTERVAL_MILLIS) {
            lastSent = now;
            send(heat);
        }
    }

    /** Sends whatever has been collected (at the end of a run, so the last figures are shown). */
    synchronized void flush() {
        send(null);
    }

    private void send(HeatGrid heat) {
        listener.analytics(new AnalyticsUpdate(List.copyOf(visitors), Map.copyOf(occupancy), List.copyOf(dwell),
                Map.copyOf(flows), heat));
    }

    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception e) {
            // Removing a listener from a list does not fail.
        }
    }
}
