package io.footfall.runtime.engine;

import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.api.Record;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the first records of a pipeline through every stage and captures what each stage received and
 * produced, per lane. Destinations are not called unless asked, offsets are neither read nor committed,
 * and the whole preview is bounded by a timeout so a live origin with no data cannot hang it.
 *
 * <pre>{@code
 * PreviewResult r = PipelinePreview.builder(plan).records(10).timeout(Duration.ofSeconds(10)).run();
 * r.stage("parse").orElseThrow().output().get("output");
 * }</pre>
 */
public final class PipelinePreview {
    public static final int DEFAULT_RECORDS = 10;

    private final PipelinePlan plan;
    private final int records;
    private final Duration timeout;
    private final boolean writeToDestinations;
    private final Clock clock;

    private PipelinePreview(Builder b) {
        this.plan = b.plan;
        this.records = b.records;
        this.timeout = b.timeout;
        this.writeToDestinations = b.writeToDestinations;
        this.clock = b.clock;
    }

    public static Builder builder(PipelinePlan plan) {
        return new Builder(plan);
    }

    public PreviewResult run() {
        StageGraph graph = new StageGraph(plan, true, writeToDestinations, clock);
        Capture capture = new Capture();
        List<ConfigIssue> issues = graph.init();
        if (issues.stream().anyMatch(ConfigIssue::isError)) {
            graph.destroy();
            return new PreviewResult(List.of(), false, null, issues);
        }
        // The origin runs on its own thread so a slow or silent live origin only costs the timeout.
        ExecutorService originThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "footfall-preview-origin");
            t.setDaemon(true);
            return t;
        });
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean timedOut = false;
        String failure = null;
        List<OriginOutput> produced = new ArrayList<>();
        try {
            String offset = null;
            int count = 0;
            while (count < records) {
                String from = offset;
                int wanted = records - count;
                Future<OriginOutput> call = originThread.submit(() -> graph.produce(from, wanted));
                OriginOutput out;
                try {
                    out = call.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    call.cancel(true);
                    timedOut = true;
                    break;
                }
                if (out.failure != null) {
                    failure = out.failure.getMessage();
                    break;
                }
                produced.add(out);
                count += out.lanes.total();
                offset = out.offset;
                if (out.last) {
                    break;
                }
                if (System.nanoTime() >= deadline) {
                    timedOut = count < records;
                    break;
                }
            }
            if (failure == null) {
                for (OriginOutput out : produced) {
                    graph.process(out, capture);
                }
                graph.finish(null, capture);
            }
        } catch (StageFailure f) {
            failure = f.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "the preview was interrupted";
        } catch (ExecutionException e) {
            failure = "the origin crashed: " + e.getCause();
        } finally {
            originThread.shutdownNow();
            graph.destroy();
        }
        List<StagePreview> stages = new ArrayList<>();
        for (RunningStage s : graph.all()) {
            stages.add(capture.of(s));
        }
        return new PreviewResult(stages, timedOut, failure, issues);
    }

    /** Copies what each stage receives and emits, merged over the passes of the preview. */
    private static final class Capture implements StageGraph.Observer {
        private final Map<String, List<Record>> inputs = new LinkedHashMap<>();
        private final Map<String, Map<String, List<Record>>> outputs = new LinkedHashMap<>();
        private final Map<String, List<Record>> errors = new LinkedHashMap<>();
        private final Map<String, List<Record>> events = new LinkedHashMap<>();

        @Override
        public void input(RunningStage stage, List<Record> input) {
            copyInto(inputs.computeIfAbsent(stage.name, n -> new ArrayList<>()), input);
        }

        @Override
        public void output(RunningStage stage, LaneBatchMaker lanes, List<Record> stageEvents, List<Record> stageErrors) {
            Map<String, List<Record>> byLane = outputs.computeIfAbsent(stage.name, n -> new LinkedHashMap<>());
            for (int i = 0; i < lanes.lanes().size(); i++) {
                copyInto(byLane.computeIfAbsent(lanes.lanes().get(i), n -> new ArrayList<>()), lanes.lane(i));
            }
            copyInto(errors.computeIfAbsent(stage.name, n -> new ArrayList<>()), stageErrors);
            copyInto(events.computeIfAbsent(stage.name, n -> new ArrayList<>()), stageEvents);
        }

        private static void copyInto(List<Record> target, List<Record> records) {
            for (Record r : records) {
                target.add(r.copy());
            }
        }

        StagePreview of(RunningStage s) {
            Map<String, List<Record>> out = new LinkedHashMap<>();
            for (String lane : s.planned.outputLanes()) {
                out.put(lane, outputs.getOrDefault(s.name, Map.of()).getOrDefault(lane, List.of()));
            }
            return new StagePreview(s.name, s.planned.definition().id(), s.planned.kind(),
                    inputs.getOrDefault(s.name, List.of()), out, errors.getOrDefault(s.name, List.of()),
                    events.getOrDefault(s.name, List.of()));
        }
    }

    public static final class Builder {
        private final PipelinePlan plan;
        private int records = DEFAULT_RECORDS;
        private Duration timeout = Duration.ofSeconds(10);
        private boolean writeToDestinations;
        private Clock clock = Clock.systemUTC();

        private Builder(PipelinePlan plan) {
            this.plan = plan;
        }

        public Builder records(int n) {
            if (n <= 0) {
                throw new IllegalArgumentException("the number of records to preview must be positive, not " + n);
            }
            this.records = n;
            return this;
        }

        /** The longest the origin may take to produce the records; what came by then is shown. */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** Also call the destinations' write() (they still see isPreview() true). */
        public Builder writeToDestinations(boolean write) {
            this.writeToDestinations = write;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public PreviewResult run() {
            return new PipelinePreview(this).run();
        }
    }
}
