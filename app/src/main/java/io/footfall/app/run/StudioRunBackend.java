package io.footfall.app.run;

import io.footfall.app.simulation.SimulationFeed;
import io.footfall.app.simulation.SimulationPipelines;
import io.footfall.app.simulation.WindowedRate;
import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.engine.PipelineMetrics;
import io.footfall.runtime.engine.PipelinePlan;
import io.footfall.runtime.engine.PipelinePreview;
import io.footfall.runtime.engine.PipelineRunner;
import io.footfall.runtime.engine.PipelineValidator;
import io.footfall.runtime.engine.PreviewResult;
import io.footfall.runtime.engine.RunResult;
import io.footfall.runtime.engine.StageMetricsSnapshot;
import io.footfall.runtime.engine.StagePreview;
import io.footfall.runtime.engine.ValidationResult;
import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.FloorplanJson;
import io.footfall.runtime.floorplan.Zone;
import io.footfall.runtime.pipeline.ParameterDefinition;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.stage.StageRegistry;
import io.footfall.simulator.SimulationSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs pipelines for the studio on the runtime's validator, preview and runner. Simulate puts the embedded
 * simulator in place of the sightings origin; Simulate and Live send the analytics stages' live output to the
 * charts and heatmap. Output a run writes (the {@code outputDir} parameter, offsets, error files) goes to a
 * scratch folder when simulating or previewing, so a demo run never overwrites real results.
 */
public final class StudioRunBackend implements RunBackend {
    /** How much mall time one simulation covers: opening plus the busy afternoon. */
    static final long SIMULATED_MILLIS = Duration.ofHours(4).toMillis();
    static final long METRICS_INTERVAL_MILLIS = 500;
    /** A preview wants the first records: an hour of mall time, a simulated hour per real second. */
    static final long PREVIEW_SIMULATED_MILLIS = Duration.ofHours(1).toMillis();
    static final double PREVIEW_SPEED = 3_600;

    private final StageRegistry registry;
    private final PipelineValidator validator;

    public StudioRunBackend(StageRegistry registry) {
        this.registry = registry;
        this.validator = new PipelineValidator(registry);
    }

    @Override
    public Optional<String> unavailable(RunMode mode) {
        return Optional.empty();
    }

    @Override
    public RunHandle start(RunRequest request, RunListener listener) throws Exception {
        return switch (request.mode()) {
            case PREVIEW -> preview(request, listener);
            case SIMULATE -> simulate(request, listener);
            case LIVE -> live(request, listener);
        };
    }

    private RunHandle preview(RunRequest request, RunListener listener) throws IOException {
        Path scratch = Files.createTempDirectory("footfall-preview");
        PipelinePlan plan = plan(request.pipeline(), request, scratch);
        listener.state(RunState.RUNNING, "Preview of the first " + request.previewRecords() + " records…");
        PreviewResult r = previewOf(plan, request);
        String onSimulator = null;
        String unreadable = unreadableSightingsFile(r.issues(), request.pipeline());
        if (unreadable != null && request.floorplanFile() != null && Files.isRegularFile(request.floorplanFile())) {
            // The demo (or a pipeline copied without its data) names a sightings file that is not there: preview on
            // what the simulator hears in the same mall rather than refuse, and say so.
            onSimulator = unreadable;
            listener.log("Preview: " + unreadable + "; previewing on the embedded simulator's sightings instead");
            Floorplan floorplan = FloorplanJson.load(request.floorplanFile());
            try (SimulationFeed feed = new SimulationFeed(floorplan,
                    SimulationSettings.defaults().withDuration(PREVIEW_SIMULATED_MILLIS), PREVIEW_SPEED)) {
                SimulationPipelines.Result fed = SimulationPipelines.feedFrom(request.pipeline(), registry, feed.id());
                PipelinePlan fedPlan = plan(fed.pipeline(), request, scratch);
                feed.start();
                r = previewOf(fedPlan, request);
            }
        }
        if (!r.issues().isEmpty() && r.issues().stream().anyMatch(ConfigIssue::isError)) {
            throw new IllegalStateException(describe(r.issues()));
        }
        List<StageStats> stats = new ArrayList<>();
        for (StagePreview s : r.stages()) {
            List<Record> out = new ArrayList<>();
            s.output().values().forEach(out::addAll);
            listener.records(s.name(), s.input(), out);
            stats.add(new StageStats(s.name(), s.input().size(), out.size(), s.errors().size(), 0, 0));
        }
        listener.metrics(stats, 0, null);
        if (r.failure() != null) {
            listener.state(RunState.FAILED, r.failure());
        } else {
            listener.state(RunState.FINISHED, "Preview done: " + r.stages().size() + " stages"
                    + (onSimulator != null ? ", on simulated sightings (" + onSimulator + ")" : "")
                    + (r.timedOut() ? " (the origin produced fewer records than asked within 15 s)" : ""));
        }
        return new FinishedHandle();
    }

    private static PreviewResult previewOf(PipelinePlan plan, RunRequest request) {
        return PipelinePreview.builder(plan).records(request.previewRecords()).timeout(Duration.ofSeconds(15)).run();
    }

    /**
     * "the sightings file … cannot be read" when the only errors are a sightings-file origin's path, else null:
     * the one problem a preview can get round by asking the simulator instead.
     */
    static String unreadableSightingsFile(List<ConfigIssue> issues, PipelineDefinition pipeline) {
        List<ConfigIssue> errors = issues.stream().filter(ConfigIssue::isError).toList();
        if (errors.isEmpty()) {
            return null;
        }
        for (ConfigIssue e : errors) {
            boolean fileOrigin = pipeline.stages().stream().anyMatch(st -> st.name().equals(e.stage())
                    && SimulationPipelines.SIGHTINGS_FILE_TYPE.equals(st.type()));
            if (!fileOrigin || !"path".equals(e.config())) {
                return null;
            }
        }
        return errors.get(0).message();
    }

    private RunHandle simulate(RunRequest request, RunListener listener) throws IOException {
        if (request.floorplanFile() == null || !Files.isRegularFile(request.floorplanFile())) {
            throw new IllegalStateException("The pipeline names no floorplan (or it is missing), and the simulator needs one "
                    + "to walk shoppers through.");
        }
        Floorplan plan = FloorplanJson.load(request.floorplanFile());
        SimulationSettings settings = SimulationSettings.defaults().withDuration(SIMULATED_MILLIS);
        // Plans its shoppers on its own thread meanwhile; the pipeline is checked and planned here.
        SimulationFeed feed = new SimulationFeed(plan, settings, request.speed());
        SimulationPipelines.Result fed;
        Path scratch;
        PipelinePlan runPlan;
        try {
            plan(request.pipeline(), request, Files.createTempDirectory("footfall-check"));
            fed = SimulationPipelines.feedFrom(request.pipeline(), registry, feed.id());
            if (fed.problem() != null) {
                throw new IllegalStateException(fed.problem());
            }
            scratch = Files.createTempDirectory("footfall-simulation");
            runPlan = plan(fed.pipeline(), request, scratch);
        } catch (IOException | RuntimeException e) {
            feed.close();
            throw e;
        }
        listener.log("Simulating " + plan.name() + " at ×" + Math.round(request.speed()) + "; '" + fed.fedStage()
                + "' is fed by the embedded simulator; outputs go to " + scratch);
        feed.start();
        return run(runPlan, scratch, listener, feed, plan);
    }

    private RunHandle live(RunRequest request, RunListener listener) throws IOException {
        Path state = Files.createTempDirectory("footfall-live");
        PipelinePlan plan = validated(request.pipeline(), Map.of(), request);
        Floorplan floorplan = null;
        if (request.floorplanFile() != null && Files.isRegularFile(request.floorplanFile())) {
            floorplan = FloorplanJson.load(request.floorplanFile());
        }
        return run(plan, state, listener, null, floorplan);
    }

    private RunHandle run(PipelinePlan plan, Path stateDir, RunListener listener, SimulationFeed feed, Floorplan floorplan) {
        Map<String, String> names = floorplan == null ? Map.of()
                : floorplan.zones().stream().collect(Collectors.toMap(Zone::id, Zone::name, (a, b) -> a));
        AnalyticsCollector analytics = new AnalyticsCollector(listener, id -> names.getOrDefault(id, id));
        PipelineRunner runner = PipelineRunner.builder(plan).stateDirectory(stateDir).resetOffset(true).build();
        runner.start();
        listener.state(RunState.RUNNING, feed == null ? "Running on the configured origins" : "Simulating");
        Thread watcher = new Thread(() -> watch(runner, listener, feed, analytics), "footfall-studio-run-watch");
        watcher.setDaemon(true);
        watcher.start();
        return new RunHandle() {
            @Override
            public void pause() {
                if (feed != null) {
                    feed.clock().pause();
                }
            }

            @Override
            public void resume() {
                if (feed != null) {
                    feed.clock().resume();
                }
            }

            @Override
            public void setSpeed(double speed) {
                if (feed != null) {
                    feed.clock().setSpeed(speed);
                }
            }

            @Override
            public boolean canPause() {
                return feed != null;
            }

            @Override
            public void stop() {
                if (feed != null) {
                    feed.close();
                }
                runner.stop();
                try {
                    runner.awaitResult(30, TimeUnit.SECONDS);
                    watcher.join(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    /** Polls the runner's metrics until the run ends, then reports how it ended. */
    private static void watch(PipelineRunner runner, RunListener listener, SimulationFeed feed, AnalyticsCollector analytics) {
        long lastOut = 0;
        long lastAt = System.nanoTime();
        WindowedRate smoothed = new WindowedRate(2_000);
        try {
            while (true) {
                Optional<RunResult> done = runner.awaitResult(METRICS_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
                PipelineMetrics m = done.map(RunResult::metrics).orElseGet(runner::metrics);
                long originOut = m.stages().isEmpty() ? 0 : m.stages().get(0).recordsOut();
                // Throughput is what enters processing: the origin may sit blocked on a full queue meanwhile.
                long accepted = m.stages().size() > 1 ? m.stages().get(1).recordsIn() : originOut;
                long now = System.nanoTime();
                double rate = smoothed.observe(now / 1_000_000, accepted) * 1000;
                if (Double.isNaN(rate)) {
                    rate = (accepted - lastOut) / Math.max(1e-3, (now - lastAt) / 1e9);
                }
                lastOut = accepted;
                lastAt = now;
                listener.metrics(m.stages().stream().map(StudioRunBackend::stats).toList(), done.isPresent() ? 0 : rate,
                        feed == null ? null : feed.progress());
                if (done.isPresent()) {
                    analytics.flush();
                    RunResult r = done.get();
                    if (r.status() == io.footfall.runtime.engine.PipelineState.FAILED) {
                        String why = r.message() + (r.issues().isEmpty() ? "" : "\n" + describe(r.issues()));
                        listener.state(RunState.FAILED, why);
                    } else {
                        listener.state(RunState.FINISHED, (r.status() == io.footfall.runtime.engine.PipelineState.STOPPED
                                ? "Stopped" : "Finished") + String.format(": %,d records from the origin", originOut));
                    }
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            analytics.close();
            if (feed != null) {
                feed.close();
            }
        }
    }

    private static StageStats stats(StageMetricsSnapshot s) {
        return new StageStats(s.name(), s.recordsIn(), s.recordsOut(), s.recordsError(), s.recordsPerSecond(),
                s.latencyP50Micros() / 1000.0);
    }

    /** Validates with output parameters pointed at {@code scratch}; every problem is in the exception's message. */
    private PipelinePlan plan(PipelineDefinition p, RunRequest request, Path scratch) {
        Map<String, String> overrides = new HashMap<>();
        for (ParameterDefinition param : p.parameters()) {
            if (param.name().toLowerCase(java.util.Locale.ROOT).contains("output")) {
                overrides.put(param.name(), scratch.resolve(param.name()).toString());
            }
        }
        return validated(p, overrides, request);
    }

    private PipelinePlan validated(PipelineDefinition p, Map<String, String> overrides, RunRequest request) {
        Path file = request.pipelineFile();
        Path base = file != null ? file.getParent() : Path.of("").toAbsolutePath();
        PipelineDefinition absolute = p;
        if (request.floorplanFile() != null) {
            absolute = p.withFloorplan(request.floorplanFile().toString());
        }
        ValidationResult v = validator.validate(absolute, overrides, file, base, false);
        if (!v.isValid()) {
            throw new IllegalStateException("The pipeline is not valid:\n" + describe(v.errors()));
        }
        return v.plan();
    }

    static String describe(List<ConfigIssue> issues) {
        return issues.stream().map(ConfigIssue::toString).collect(Collectors.joining("\n"));
    }

    /** A run that is already over (a preview). */
    private static final class FinishedHandle implements RunHandle {
        @Override
        public void pause() {
        }

        @Override
        public void resume() {
        }

        @Override
        public void setSpeed(double speed) {
        }

        @Override
        public void stop() {
        }
    }
}
