package io.footfall.runtime.engine;

import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.api.Destination;
import io.footfall.runtime.api.Origin;
import io.footfall.runtime.api.Processor;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.pipeline.Edge;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stages of one pipeline wired together, and one pass of a batch through them: each stage in
 * topological order takes what its incoming edges delivered, and its lanes are handed on. A lane feeding
 * several stages gives the first the records and the others copies, so no two stages share a record that
 * one of them could change; stages that only read ({@link io.footfall.runtime.api.SharedInput}) share them.
 * Used by the runner, preview and deep validation; not thread-safe (the origin's side excepted).
 */
final class StageGraph {

    /** Sees each stage's input and output as a pass goes (preview); null in the runner. */
    interface Observer {
        void input(RunningStage stage, List<Record> input);

        void output(RunningStage stage, LaneBatchMaker lanes, List<Record> events, List<Record> errors);
    }

    private final PipelinePlan plan;
    final RunningStage origin;
    final RunningStage[] downstream;
    private final RunningStage[] pipelineEventConsumers;
    private final boolean callDestinations;
    /** Error records of the current pass, from the stages on the pipeline's thread. */
    final ArrayList<Record> errors = new ArrayList<>();
    /** Split over two threads: error records of the batch the second thread has, from the first thread's stages. */
    final ArrayList<Record> handedErrors = new ArrayList<>();
    /** Split over two threads: error records from the second thread's stages. */
    final ArrayList<Record> secondErrors = new ArrayList<>();
    /** Index in {@link #downstream} of the first stage on the second thread; downstream.length: not split. */
    private int secondFrom;
    /** The origin's output being produced; touched by the origin's thread only. */
    private OriginOutput producing;

    /**
     * @param preview          stages see {@link io.footfall.runtime.api.StageContext#isPreview()} true
     * @param callDestinations whether destinations' write() is called (false while previewing unless asked)
     */
    StageGraph(PipelinePlan plan, boolean preview, boolean callDestinations, Clock clock) {
        this.plan = plan;
        this.callDestinations = callDestinations;
        Map<String, RunningStage> byName = new LinkedHashMap<>();
        for (PlannedStage p : plan.stages()) {
            byName.put(p.name(), new RunningStage(p));
        }
        RunningStage originStage = byName.get(plan.origin().name());
        for (RunningStage s : byName.values()) {
            boolean isOrigin = s == originStage;
            RuntimeStageContext.Builder b = RuntimeStageContext.builder(s.name, new StageConfig(s.planned.config()))
                    .parameters(plan.parameters()).metrics(s.custom).clock(clock)
                    .maxWaitMillis(plan.settings().maxWaitMillis()).preview(preview)
                    .baseDirectory(plan.baseDirectory()).copyOnError(s.sharesInput);
            if (plan.floorplanFile() != null) {
                b.floorplanFile(plan.floorplanFile());
            }
            if (isOrigin) {
                b.errorSink(r -> producing.errors.add(r)).eventSink(r -> producing.events.add(r));
            } else {
                b.errorSink(r -> (s.second ? secondErrors : errors).add(r)).eventSink(s.events::add);
            }
            s.context = b.build();
        }
        List<RunningStage> fromPipeline = new ArrayList<>();
        for (RunningStage s : byName.values()) {
            List<String> lanes = s.planned.outputLanes();
            s.laneConsumers = new RunningStage[lanes.size()][];
            for (int i = 0; i < lanes.size(); i++) {
                s.laneConsumers[i] = consumers(plan.edges(), s.name, lanes.get(i), byName);
            }
            s.eventConsumers = consumers(plan.edges(), s.name, StageDefinition.EVENT_LANE, byName);
        }
        fromPipeline.addAll(Arrays.asList(consumers(plan.edges(), PipelinePlan.PIPELINE_EVENT_SOURCE,
                StageDefinition.EVENT_LANE, byName)));
        this.origin = originStage;
        this.downstream = byName.values().stream().filter(s -> s != originStage).toArray(RunningStage[]::new);
        this.pipelineEventConsumers = fromPipeline.toArray(new RunningStage[0]);
        this.secondFrom = downstream.length;
    }

    private static RunningStage[] consumers(List<Edge> edges, String from, String lane, Map<String, RunningStage> byName) {
        return edges.stream().filter(e -> from.equals(e.from()) && lane.equals(e.lane()))
                .map(e -> byName.get(e.to())).distinct().toArray(RunningStage[]::new);
    }

    /** Creates every stage of the plan, calls init() then destroy(): the "deep" part of validation. */
    static List<ConfigIssue> initAndDestroy(PipelinePlan plan) {
        StageGraph graph;
        try {
            graph = new StageGraph(plan, true, false, Clock.systemUTC());
        } catch (RuntimeException e) {
            return List.of(ConfigIssue.error(null, null, "a stage could not be created: " + e));
        }
        List<ConfigIssue> issues = new ArrayList<>(graph.init());
        for (String problem : graph.destroy()) {
            issues.add(ConfigIssue.warning(null, null, problem));
        }
        return issues;
    }

    /** Initialises every stage (origin first) and returns every issue; a stage that throws is an issue too. */
    List<ConfigIssue> init() {
        List<ConfigIssue> issues = new ArrayList<>();
        for (RunningStage s : all()) {
            s.initialised = true;
            try {
                List<ConfigIssue> found = s.stage.init(s.context);
                if (found != null) {
                    issues.addAll(found);
                }
            } catch (RuntimeException | Error e) {
                issues.add(ConfigIssue.error(s.name, null, "init failed: " + e));
            }
        }
        return issues;
    }

    /** Calls destroy() on every stage that was initialised, whatever happens; returns what went wrong. */
    List<String> destroy() {
        return destroy(false);
    }

    /**
     * Destroys the stages in topological order. With {@code deliverLateEvents} (a clean end), events a stage
     * emits while being destroyed (a file destination completing its last file) still reach the stages
     * connected to its event lane, which are destroyed after it. Error records go to {@link #errors}.
     */
    List<String> destroy(boolean deliverLateEvents) {
        List<String> problems = new ArrayList<>();
        List<RunningStage> stages = all();
        for (int i = 0; i < stages.size(); i++) {
            RunningStage s = stages.get(i);
            if (!s.initialised) {
                continue;
            }
            s.initialised = false;
            try {
                s.stage.destroy();
            } catch (RuntimeException | Error e) {
                problems.add("stage '" + s.name + "' failed to clean up: " + e);
            }
            if (deliverLateEvents && s != origin && !s.events.isEmpty()) {
                fanOut(s.events, s.eventConsumers, false);
                s.events.clear();
                for (int j = i + 1; j < stages.size(); j++) {
                    RunningStage t = stages.get(j);
                    if (t.initialised && !t.input.isEmpty()) {
                        try {
                            run(t, null, false, null);
                        } catch (StageFailure f) {
                            problems.add(f.getMessage());
                            t.input.clear();
                        }
                    }
                }
            }
        }
        return problems;
    }

    List<RunningStage> all() {
        List<RunningStage> list = new ArrayList<>(downstream.length + 1);
        list.add(origin);
        list.addAll(Arrays.asList(downstream));
        return list;
    }

    // ---- the origin's side (its own thread) ----

    /** Calls the origin once; the result carries its records, errors, events and the new offset. */
    OriginOutput produce(String lastOffset, int maxBatchSize) {
        OriginOutput out = new OriginOutput(new LaneBatchMaker(origin.name, origin.planned.outputLanes(), maxBatchSize));
        producing = out;
        long start = System.nanoTime();
        try {
            String next = ((Origin) origin.stage).produce(lastOffset, maxBatchSize, out.lanes);
            out.last = next == null;
            out.offset = next == null ? lastOffset : next;
        } catch (Exception | Error e) {
            out.failure = StageFailure.of(origin.name, e);
        }
        origin.stats.batch(0, out.lanes.total(), out.errors.size(), System.nanoTime() - start);
        return out;
    }

    // ---- the pipeline's side ----

    /** Tells the origin that the batch ending at {@code offset} is written and committed. */
    void committed(String offset) throws StageFailure {
        try {
            ((Origin) origin.stage).committed(offset);
        } catch (RuntimeException | Error e) {
            throw StageFailure.of(origin.name, e);
        }
    }

    /** Runs one produced batch through every stage. Error records collect in {@link #errors}. */
    void process(OriginOutput batch, Observer observer) throws StageFailure {
        errors.addAll(batch.errors);
        if (observer != null) {
            observer.output(origin, batch.lanes, batch.events, batch.errors);
        }
        for (int i = 0; i < origin.laneConsumers.length; i++) {
            fanOut(batch.lanes.lane(i), origin.laneConsumers[i], false);
        }
        fanOut(batch.events, origin.eventConsumers, false);
        for (RunningStage s : downstream) {
            run(s, batch.offset, false, observer);
        }
    }

    // ---- two threads: the first runs the origin's consumers and the stages before the cut, the second the rest ----

    boolean isSplit() {
        return secondFrom < downstream.length;
    }

    /**
     * Splits the stages over two threads where the time spent so far divides best: the stages before the cut
     * run on the pipeline's thread ({@link #processFirst}), the others on a second one ({@link #processSecond})
     * a batch behind. Each stage still sees the same batches in the same order, so results do not change.
     * Returns false (and stays on one thread) when there is no cut with stages on both sides.
     */
    boolean split() {
        int n = downstream.length;
        long total = 0;
        for (RunningStage s : downstream) {
            total += s.busyNanos;
        }
        int best = -1;
        long bestLoad = Long.MAX_VALUE;
        long before = 0;
        for (int cut = 1; cut < n; cut++) {
            before += downstream[cut - 1].busyNanos;
            long load = Math.max(before, total - before);
            if (load < bestLoad) {
                bestLoad = load;
                best = cut;
            }
        }
        if (best < 0) {
            return false;
        }
        secondFrom = best;
        for (int i = 0; i < n; i++) {
            downstream[i].second = i >= secondFrom;
            downstream[i].busyNanos = 0;
        }
        return true;
    }

    /** Back to one thread; the second must be idle with nothing handed over. */
    void join() {
        for (RunningStage s : downstream) {
            s.input.addAll(s.incoming);
            s.incoming.clear();
            s.second = false;
        }
        secondFrom = downstream.length;
    }

    /** The first thread's part of a batch; what it sends the second thread's stages waits in their incoming. */
    void processFirst(OriginOutput batch) throws StageFailure {
        errors.addAll(batch.errors);
        for (int i = 0; i < origin.laneConsumers.length; i++) {
            fanOut(batch.lanes.lane(i), origin.laneConsumers[i], true);
        }
        fanOut(batch.events, origin.eventConsumers, true);
        for (int i = 0; i < secondFrom; i++) {
            run(downstream[i], batch.offset, false, null);
        }
    }

    /** Gives the second thread the batch the first has just processed; call while the second is idle. */
    void handOff() {
        for (int i = secondFrom; i < downstream.length; i++) {
            RunningStage s = downstream[i];
            s.input.addAll(s.incoming);
            s.incoming.clear();
        }
        handedErrors.addAll(errors);
        errors.clear();
    }

    /** The second thread's part of the batch last handed off. */
    void processSecond(String offset) throws StageFailure {
        for (int i = secondFrom; i < downstream.length; i++) {
            run(downstream[i], offset, false, null);
        }
    }

    /** A pass that gives the stages connected to {@code @pipeline} a lifecycle event (null: none). */
    void deliverPipelineEvent(Record event, Observer observer) throws StageFailure {
        if (event != null) {
            fanOut(List.of(event), pipelineEventConsumers, false);
        }
        for (RunningStage s : downstream) {
            run(s, null, false, observer);
        }
    }

    /** The last pass: an optional lifecycle event, then every processor's flush() in order. */
    void finish(Record event, Observer observer) throws StageFailure {
        if (event != null) {
            fanOut(List.of(event), pipelineEventConsumers, false);
        }
        for (RunningStage s : downstream) {
            run(s, null, true, observer);
        }
    }

    boolean hasPipelineEventConsumers() {
        return pipelineEventConsumers.length > 0;
    }

    /** Drops whatever a failed pass left in the stages' buffers. */
    void clearBuffers() {
        for (RunningStage s : downstream) {
            s.input.clear();
            s.incoming.clear();
            s.lanes.clear();
            s.events.clear();
        }
    }

    private void run(RunningStage s, String offset, boolean flush, Observer observer) throws StageFailure {
        List<Record> input = s.input;
        int inCount = input.size();
        List<Record> errors = s.second ? secondErrors : this.errors;
        int errorsBefore = errors.size();
        if (observer != null) {
            observer.input(s, input);
        }
        long start = System.nanoTime();
        try {
            if (s.stage instanceof Processor p) {
                if (!flush || inCount > 0) {
                    p.process(Batch.of(input, offset), s.lanes);
                }
                if (flush) {
                    p.flush(s.lanes);
                }
            } else if (s.stage instanceof Destination d && callDestinations) {
                d.write(Batch.of(input, offset));
            }
        } catch (Exception | Error e) {
            throw StageFailure.of(s.name, e);
        }
        long nanos = System.nanoTime() - start;
        s.busyNanos += nanos;
        int errorCount = errors.size() - errorsBefore;
        s.stats.batch(inCount, s.lanes.total(), errorCount, nanos);
        if (observer != null) {
            observer.output(s, s.lanes, s.events, errors.subList(errorsBefore, errors.size()));
        }
        boolean fromFirst = isSplit() && !s.second;
        for (int i = 0; i < s.laneConsumers.length; i++) {
            fanOut(s.lanes.lane(i), s.laneConsumers[i], fromFirst);
        }
        fanOut(s.events, s.eventConsumers, fromFirst);
        input.clear();
        s.lanes.clear();
        s.events.clear();
    }

    /**
     * Hands records to the stages of an edge. {@code fromFirst}: sent by a stage on the first thread while the
     * graph is split, so a stage on the second thread gets them in its incoming (it may be busy with the
     * previous batch).
     */
    private static void fanOut(List<Record> records, RunningStage[] to, boolean fromFirst) {
        if (to.length == 0 || records.isEmpty()) {
            return;
        }
        if (to.length == 1) {
            inbox(to[0], fromFirst).addAll(records);
            return;
        }
        // Stages that only read (SharedInput) all get the records themselves; every other stage gets a copy,
        // except that when no reader shares them the first stage gets the originals. Copies first: a stage
        // may change its records as soon as it runs.
        boolean shared = false;
        for (RunningStage s : to) {
            shared |= s.sharesInput;
        }
        int owner = shared ? -1 : 0;
        for (int j = 0; j < to.length; j++) {
            if (!to[j].sharesInput && j != owner) {
                ArrayList<Record> in = inbox(to[j], fromFirst);
                for (int k = 0, n = records.size(); k < n; k++) {
                    in.add(records.get(k).copy());
                }
            }
        }
        for (int j = 0; j < to.length; j++) {
            if (to[j].sharesInput || j == owner) {
                inbox(to[j], fromFirst).addAll(records);
            }
        }
    }

    private static ArrayList<Record> inbox(RunningStage s, boolean fromFirst) {
        return fromFirst && s.second ? s.incoming : s.input;
    }

    PipelinePlan plan() {
        return plan;
    }
}
