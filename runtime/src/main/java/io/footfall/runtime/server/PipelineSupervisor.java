package io.footfall.runtime.server;

import io.footfall.runtime.engine.PipelineMetrics;
import io.footfall.runtime.engine.PipelineRunner;
import io.footfall.runtime.engine.PipelineState;
import io.footfall.runtime.engine.PipelineValidator;
import io.footfall.runtime.engine.RunResult;
import io.footfall.runtime.engine.ValidationResult;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the stored pipelines, each with its own runner (its own threads, offsets and error file), so one
 * failing pipeline never stops another. Which pipelines should run is kept on disk, and {@link #resume}
 * starts them again after a server restart.
 */
public final class PipelineSupervisor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineSupervisor.class);

    /** One run of one stored version. */
    record Run(int version, PipelineRunner runner, long startedAtMillis) {
    }

    private final PipelineStore store;
    private final Path workspace;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final Map<String, RunResult> lastResults = new ConcurrentHashMap<>();
    private final ExecutorService watchers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "pipeline-watcher");
        t.setDaemon(true);
        return t;
    });

    public PipelineSupervisor(PipelineStore store, Path workspace) {
        this.store = store;
        this.workspace = workspace;
    }

    public ValidationResult validate(PipelineDefinition pipeline) {
        return PipelineValidator.withDefaultRegistry().validate(pipeline, Map.of(), null, workspace, false);
    }

    /** Starts the latest version; a pipeline that already runs is left alone. */
    public synchronized PipelineMetrics start(String id) throws ApiException, IOException {
        Run current = runs.get(id);
        if (current != null && !current.runner().state().isFinal()) {
            return current.runner().metrics();
        }
        PipelineDefinition pipeline = load(id);
        ValidationResult v = validate(pipeline);
        if (!v.isValid()) {
            throw new ApiException(422, "pipeline '" + id + "' cannot start: it is not valid here",
                    v.errors().stream().map(Object::toString).toList());
        }
        Path state = store.stateDirectory(id);
        PipelineRunner runner = PipelineRunner.builder(v.plan()).stateDirectory(state)
                .offsetFile(state.resolve("offset")).errorFile(state.resolve("errors.jsonl")).build();
        runner.start();
        Run run = new Run(store.latestVersion(id), runner, System.currentTimeMillis());
        runs.put(id, run);
        lastResults.remove(id);
        store.setShouldRun(id, true);
        watchers.submit(() -> watch(id, run));
        LOG.info("pipeline {} version {} started", id, run.version());
        return runner.metrics();
    }

    private void watch(String id, Run run) {
        try {
            RunResult result = run.runner().awaitResult();
            lastResults.put(id, result);
            if (result.status() != PipelineState.STOPPED) {
                // It ended by itself (input exhausted, or failed): a restart should not start it again.
                store.setShouldRun(id, false);
            }
            LOG.info("pipeline {} ended: {}{}", id, result.status(), result.message() == null ? "" : " - " + result.message());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.warn("pipeline {}: cannot record its end: {}", id, e.getMessage());
        }
    }

    private PipelineDefinition load(String id) throws ApiException, IOException {
        try {
            return store.get(id, null).orElseThrow(() -> new ApiException(404, "no pipeline '" + id + "'"));
        } catch (PipelineFormatException e) {
            throw new ApiException(500, "stored pipeline '" + id + "' cannot be read: " + e.getMessage());
        }
    }

    public synchronized Optional<RunResult> stop(String id, boolean remember) throws IOException, InterruptedException {
        Run run = runs.remove(id);
        if (remember) {
            store.setShouldRun(id, false);
        }
        if (run == null) {
            return Optional.empty();
        }
        run.runner().stop();
        Optional<RunResult> result = run.runner().awaitResult(60, TimeUnit.SECONDS);
        result.ifPresent(r -> lastResults.put(id, r));
        return result;
    }

    /** The current run's figures, or the last run's, or empty when it never ran here. */
    public Optional<Status> status(String id) {
        Run run = runs.get(id);
        if (run != null) {
            // The figures first: a final state in them means the end message is already set.
            PipelineMetrics metrics = run.runner().metrics();
            String message = metrics.state().isFinal() ? run.runner().endMessage() : null;
            return Optional.of(new Status(run.version(), metrics, message));
        }
        RunResult last = lastResults.get(id);
        return last == null ? Optional.empty() : Optional.of(new Status(0, last.metrics(), last.message()));
    }

    /** What status reports: the version running (0 when none), the figures, the last failure's message. */
    public record Status(int version, PipelineMetrics metrics, String message) {
    }

    /** After a restart: starts every pipeline that was running when the server stopped. */
    public void resume() throws IOException {
        for (String id : store.ids()) {
            if (store.shouldRun(id)) {
                try {
                    start(id);
                } catch (ApiException e) {
                    LOG.warn("pipeline {} was running before the restart but cannot start again: {} {}", id,
                            e.getMessage(), e.problems());
                }
            }
        }
    }

    public void forget(String id) {
        lastResults.remove(id);
    }

    /** Stops every run but keeps the on-disk wish that they run, so the next server start resumes them. */
    @Override
    public void close() {
        for (String id : runs.keySet()) {
            try {
                stop(id, false);
            } catch (IOException e) {
                LOG.warn("pipeline {} did not stop cleanly: {}", id, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        watchers.shutdownNow();
    }
}
