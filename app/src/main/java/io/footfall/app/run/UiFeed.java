package io.footfall.app.run;

import io.footfall.app.simulation.SimulationProgress;
import io.footfall.runtime.api.Record;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bridge from runner threads to the UI thread. Metrics and analytics are coalesced (only the newest
 * value is applied, at most one pending UI task each); record samples are limited to a few per second per
 * stage. A run pushing 100k records/s therefore costs the UI a handful of updates a second.
 */
final class UiFeed implements RunListener {
    static final long SAMPLE_INTERVAL_MILLIS = 250;

    private record Metrics(List<StageStats> stages, double rate, SimulationProgress simulation) {
    }

    private final Executor ui;
    private final RunViewModel target;
    private final AtomicReference<Metrics> latestMetrics = new AtomicReference<>();
    private final AtomicBoolean metricsQueued = new AtomicBoolean();
    private final AtomicReference<AnalyticsUpdate> latestAnalytics = new AtomicReference<>();
    private final AtomicBoolean analyticsQueued = new AtomicBoolean();
    private final ConcurrentHashMap<String, Long> lastSample = new ConcurrentHashMap<>();
    /** Heat buckets are all kept (the time slider replays them), unlike the chart totals. */
    private final ConcurrentLinkedQueue<HeatGrid> heat = new ConcurrentLinkedQueue<>();

    UiFeed(Executor ui, RunViewModel target) {
        this.ui = ui;
        this.target = target;
    }

    @Override
    public void state(RunState state, String message) {
        ui.execute(() -> target.onState(state, message));
    }

    @Override
    public void metrics(List<StageStats> stages, double recordsPerSecond, SimulationProgress simulation) {
        latestMetrics.set(new Metrics(List.copyOf(stages), recordsPerSecond, simulation));
        if (metricsQueued.compareAndSet(false, true)) {
            ui.execute(() -> {
                metricsQueued.set(false);
                Metrics m = latestMetrics.get();
                target.onMetrics(m.stages(), m.rate(), m.simulation());
            });
        }
    }

    @Override
    public void records(String stage, List<Record> input, List<Record> output) {
        long now = System.currentTimeMillis();
        Long last = lastSample.get(stage);
        if (last != null && now - last < SAMPLE_INTERVAL_MILLIS) {
            return;
        }
        lastSample.put(stage, now);
        List<Record> in = input.stream().limit(io.footfall.app.preview.PreviewViewModel.KEEP).map(Record::copy).toList();
        List<Record> out = output.stream().limit(io.footfall.app.preview.PreviewViewModel.KEEP).map(Record::copy).toList();
        ui.execute(() -> target.onRecords(stage, in, out));
    }

    @Override
    public void analytics(AnalyticsUpdate update) {
        if (update.heat() != null) {
            heat.add(update.heat());
        }
        latestAnalytics.set(update);
        if (analyticsQueued.compareAndSet(false, true)) {
            ui.execute(() -> {
                analyticsQueued.set(false);
                for (HeatGrid g; (g = heat.poll()) != null; ) {
                    target.onHeat(g);
                }
                target.onAnalytics(latestAnalytics.get());
            });
        }
    }

    @Override
    public void log(String line) {
        ui.execute(() -> target.onLog(line));
    }
}
