package io.footfall.app.run;

import io.footfall.app.charts.ChartsViewModel;
import io.footfall.app.document.PipelineDocument;
import io.footfall.app.heatmap.HeatmapViewModel;
import io.footfall.app.log.LogViewModel;
import io.footfall.app.metrics.MetricsViewModel;
import io.footfall.app.preview.PreviewViewModel;
import io.footfall.app.simulation.SimulationProgress;
import io.footfall.app.ui.DialogService;
import io.footfall.app.ui.UiExecutors;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Preview, Simulate, Live, Pause/Resume and Stop. The backend runs on worker threads; what it reports is
 * coalesced ({@link UiFeed}) and applied on the UI thread to the metrics, preview, log, charts and heatmap.
 * Failures become a readable dialog and a FAILED state, never a stack trace.
 */
public final class RunViewModel {
    private final RunBackend backend;
    private final PipelineDocument document;
    private final DialogService dialogs;
    private final UiExecutors executors;
    private final LogViewModel log;
    private final MetricsViewModel metrics;
    private final PreviewViewModel preview;
    private final ChartsViewModel charts;
    private final HeatmapViewModel heatmap;

    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(this, "state", RunState.IDLE);
    private final ReadOnlyObjectWrapper<RunMode> mode = new ReadOnlyObjectWrapper<>(this, "mode");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper recordsPerSecond = new ReadOnlyDoubleWrapper(this, "recordsPerSecond");
    private final ReadOnlyLongWrapper simulatedClock = new ReadOnlyLongWrapper(this, "simulatedClock");
    private final ReadOnlyStringWrapper simulationPace = new ReadOnlyStringWrapper(this, "simulationPace", "");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 60);
    private volatile RunBackend.RunHandle handle;
    private int previewRecords = 100;

    public RunViewModel(RunBackend backend, PipelineDocument document, DialogService dialogs, UiExecutors executors,
                        LogViewModel log, MetricsViewModel metrics, PreviewViewModel preview, ChartsViewModel charts,
                        HeatmapViewModel heatmap) {
        this.backend = backend;
        this.document = document;
        this.dialogs = dialogs;
        this.executors = executors;
        this.log = log;
        this.metrics = metrics;
        this.preview = preview;
        this.charts = charts;
        this.heatmap = heatmap;
        speed.addListener((o, a, b) -> {
            RunBackend.RunHandle h = handle;
            if (h != null) {
                executors.background().execute(() -> h.setSpeed(b.doubleValue()));
            }
        });
    }

    public void preview() {
        start(RunMode.PREVIEW);
    }

    public void simulate() {
        start(RunMode.SIMULATE);
    }

    public void live() {
        start(RunMode.LIVE);
    }

    /** Why a mode cannot run in this build (for disabling and explaining actions), empty when it can. */
    public Optional<String> unavailable(RunMode m) {
        return backend.unavailable(m);
    }

    public void start(RunMode m) {
        if (state.get().isActive()) {
            dialogs.notify("A " + mode.get().label().toLowerCase() + " is already running; stop it first.");
            return;
        }
        Optional<String> missing = backend.unavailable(m);
        if (missing.isPresent()) {
            dialogs.showError(m.label() + " is not available", missing.get());
            log.add(m.label() + " not available: " + missing.get());
            return;
        }
        mode.set(m);
        state.set(RunState.STARTING);
        message.set(m.label() + " starting…");
        metrics.clear();
        preview.clear();
        if (m != RunMode.PREVIEW) {
            charts.clear();
            heatmap.clear();
        }
        log.add(m.label() + " of " + document.pipeline().title() + " starting");
        var request = new RunBackend.RunRequest(document.pipeline(), document.file(),
                document.floorplanFile().orElse(null), m, speed.get(), previewRecords);
        UiFeed feed = new UiFeed(executors.ui(), this);
        executors.background().execute(() -> {
            try {
                handle = backend.start(request, feed);
            } catch (Exception e) {
                executors.ui().execute(() -> fail(m.label() + " could not start", e));
            }
        });
    }

    public void pause() {
        RunBackend.RunHandle h = handle;
        if (h != null && state.get() == RunState.RUNNING) {
            if (!h.canPause()) {
                dialogs.notify("A live run cannot pause; stop it instead.");
                return;
            }
            executors.background().execute(h::pause);
            state.set(RunState.PAUSED);
        }
    }

    public void resume() {
        RunBackend.RunHandle h = handle;
        if (h != null && state.get() == RunState.PAUSED) {
            executors.background().execute(h::resume);
            state.set(RunState.RUNNING);
        }
    }

    public void togglePause() {
        if (state.get() == RunState.PAUSED) {
            resume();
        } else {
            pause();
        }
    }

    public void stop() {
        RunBackend.RunHandle h = handle;
        if (h == null || !state.get().isActive()) {
            return;
        }
        state.set(RunState.STOPPING);
        executors.background().execute(() -> {
            try {
                h.stop();
            } catch (RuntimeException e) {
                executors.ui().execute(() -> log.add("stopping failed: " + e.getMessage()));
            }
            executors.ui().execute(() -> {
                if (state.get() == RunState.STOPPING) {
                    onState(RunState.FINISHED, "Stopped");
                }
            });
        });
    }

    // ---- called on the UI thread by UiFeed ----

    void onState(RunState s, String msg) {
        if (s == RunState.FAILED) {
            fail(mode.get() == null ? "The run failed" : mode.get().label() + " failed", new RuntimeException(msg));
            return;
        }
        if (state.get() == RunState.STOPPING && s == RunState.RUNNING) {
            return;
        }
        state.set(s);
        if (msg != null && !msg.isBlank()) {
            message.set(msg.lines().findFirst().orElse(msg));
            log.add(msg);
        }
        if (!s.isActive()) {
            handle = null;
            recordsPerSecond.set(0);
            simulationPace.set("");
        }
    }

    void onMetrics(java.util.List<StageStats> stages, double rate, SimulationProgress simulation) {
        metrics.update(stages, rate);
        recordsPerSecond.set(rate);
        if (simulation != null) {
            simulatedClock.set(simulation.clock());
        }
        simulationPace.set(state.get().isActive() ? SimulationPaceText.of(simulation) : "");
    }

    void onRecords(String stage, java.util.List<io.footfall.runtime.api.Record> in,
                   java.util.List<io.footfall.runtime.api.Record> out) {
        preview.offer(stage, in, out);
    }

    void onAnalytics(AnalyticsUpdate u) {
        charts.update(u);
    }

    void onHeat(HeatGrid grid) {
        heatmap.add(grid);
    }

    void onLog(String line) {
        log.add(line);
    }

    private void fail(String title, Exception e) {
        handle = null;
        state.set(RunState.FAILED);
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        message.set(title + ": " + why.lines().findFirst().orElse(why)
                + (why.lines().count() > 1 ? " (see the Log)" : ""));
        log.add(title + ": " + why);
        dialogs.showError(title, why);
    }

    public void setPreviewRecords(int n) {
        previewRecords = n;
    }

    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RunMode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty recordsPerSecondProperty() {
        return recordsPerSecond.getReadOnlyProperty();
    }

    /** Why a simulation runs slower than its speed, and at what speed; empty while it keeps up. */
    public ReadOnlyStringProperty simulationPaceProperty() {
        return simulationPace.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty simulatedClockProperty() {
        return simulatedClock.getReadOnlyProperty();
    }

    public DoubleProperty speedProperty() {
        return speed;
    }
}
