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
    /** Threads the stages are split over: 1, not split. */
    private int segments = 1;
    /** Split: how many batches may be in flight at once (slots of {@code ahead} and {@link #batchErrors}). */
    private int slots = 1;
    /** Split: index in {@link #downstream} of each segment's first stage, and downstream.length at the end. */
    private int[] segmentStart;
    /** Split: per segment, the batch it has (numbered from the split) and the error records of its stages. */
    private long[] segmentBatch;
    private ArrayList<Record>[] segmentErrors;
    /** Split: per batch in flight (slot: its number modulo {@link #slots}), its error records so far, in order. */
    private ArrayList<Record>[] batchErrors;
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
                b.errorSink(r -> errorsOf(s).add(r)).eventSink(s.events::add);
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
                fanOut(s.events, s.eventConsumers, 0);
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
            fanOut(batch.lanes.lane(i), origin.laneConsumers[i], 0);
        }
        fanOut(batch.events, origin.eventConsumers, 0);
        for (RunningStage s : downstream) {
            run(s, batch.offset, false, observer);
        }
    }

    // ---- several threads: the stages cut into segments, each on its own thread, a batch passing them in turn ----

    boolean isSplit() {
        return segments > 1;
    }

    int segments() {
        return segments;
    }

    /** Split: how many batches may be in flight at once: each segment's, and two waiting between segments. */
    int slots() {
        return slots;
    }

    /**
     * Cuts the stages (in their order) into up to {@code threads} segments where the time spent so far divides
     * best (the busiest segment least busy): segment 0 runs on the pipeline's thread ({@link #processFirst}),
     * segment j on a thread of its own ({@link #processSegment}) on batches the segments before it are done
     * with. Each stage still sees the same batches in the same order, so results do not change. Returns false
     * (and stays on one thread) when there are too few stages to cut.
     */
    boolean split(int threads) {
        int n = downstream.length;
        int m = Math.min(threads, n);
        if (m < 2) {
            return false;
        }
        long[] prefix = new long[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + downstream[i].busyNanos;
        }
        int[] cuts = new int[m + 1];
        cuts[m] = n;
        int[] best = new int[m + 1];
        bestCuts(prefix, cuts, 1, 1, m, best, new long[] {Long.MAX_VALUE});
        segments = m;
        slots = m + 2;
        segmentStart = best;
        segmentBatch = new long[m];
        segmentErrors = newLists(m);
        segmentErrors[0] = errors;
        batchErrors = newLists(slots);
        for (int j = 0; j < m; j++) {
            for (int i = segmentStart[j]; i < segmentStart[j + 1]; i++) {
                downstream[i].segment = j;
                downstream[i].ahead = j == 0 ? null : newLists(slots);
            }
        }
        for (RunningStage s : downstream) {
            s.busyNanos = 0;
        }
        return true;
    }

    /** Tries every cut after {@code cuts[k-1]}: the first with the lowest load of its busiest segment wins. */
    private static void bestCuts(long[] prefix, int[] cuts, int k, int from, int m, int[] best, long[] bestLoad) {
        int n = prefix.length - 1;
        if (k == m) {
            long load = 0;
            for (int j = 0; j < m; j++) {
                load = Math.max(load, prefix[cuts[j + 1]] - prefix[cuts[j]]);
            }
            if (load < bestLoad[0]) {
                bestLoad[0] = load;
                System.arraycopy(cuts, 0, best, 0, cuts.length);
            }
            return;
        }
        for (int cut = from; cut <= n - (m - k); cut++) {
            cuts[k] = cut;
            bestCuts(prefix, cuts, k + 1, cut + 1, m, best, bestLoad);
        }
    }

    @SuppressWarnings("unchecked")
    private static ArrayList<Record>[] newLists(int n) {
        ArrayList<Record>[] lists = new ArrayList[n];
        for (int i = 0; i < n; i++) {
            lists[i] = new ArrayList<>();
        }
        return lists;
    }

    /**
     * Back to one thread; no segment may be running. Whatever is still in flight (only after a failure: a clean
     * end settles every batch first) is dropped, but its error records stay in {@link #errors}, oldest batch
     * ({@code oldest}) first.
     */
    void join(long oldest) {
        if (!isSplit()) {
            return;
        }
        ArrayList<Record> left = new ArrayList<>();
        for (int k = 0; k < slots; k++) {
            left.addAll(batchErrors[(int) ((oldest + k) % slots)]);
        }
        for (int j = 1; j < segments; j++) {
            left.addAll(segmentErrors[j]);
        }
        left.addAll(errors);
        errors.clear();
        errors.addAll(left);
        for (RunningStage s : downstream) {
            s.ahead = null;
            s.segment = 0;
        }
        segments = 1;
        slots = 1;
        segmentStart = null;
        segmentErrors = null;
        batchErrors = null;
    }

    /** Segment 0's part of batch {@code seq}; what it sends later segments waits in their {@code ahead} slots. */
    void processFirst(OriginOutput batch, long seq) throws StageFailure {
        segmentBatch[0] = seq;
        errors.addAll(batch.errors);
        for (int i = 0; i < origin.laneConsumers.length; i++) {
            fanOut(batch.lanes.lane(i), origin.laneConsumers[i], 0);
        }
        fanOut(batch.events, origin.eventConsumers, 0);
        for (int i = segmentStart[0]; i < segmentStart[1]; i++) {
            run(downstream[i], batch.offset, false, null);
        }
    }

    /** Segment j's part of batch {@code seq} (on segment j's thread); earlier segments have done theirs. */
    void processSegment(int j, long seq, String offset) throws StageFailure {
        segmentBatch[j] = seq;
        int slot = (int) (seq % slots);
        for (int i = segmentStart[j]; i < segmentStart[j + 1]; i++) {
            RunningStage s = downstream[i];
            s.input.addAll(s.ahead[slot]);
            s.ahead[slot].clear();
        }
        for (int i = segmentStart[j]; i < segmentStart[j + 1]; i++) {
            run(downstream[i], offset, false, null);
        }
    }

    /** After segment j's part of a batch (on its thread, done or failed): files its error records under the batch. */
    void endSegment(int j) {
        batchErrors[(int) (segmentBatch[j] % slots)].addAll(segmentErrors[j]);
        segmentErrors[j].clear();
    }

    /** The error records of batch {@code seq}, every segment's, in stage order; the caller empties the list. */
    ArrayList<Record> batchErrors(long seq) {
        return batchErrors[(int) (seq % slots)];
    }

    /** A pass that gives the stages connected to {@code @pipeline} a lifecycle event (null: none). */
    void deliverPipelineEvent(Record event, Observer observer) throws StageFailure {
        if (event != null) {
            fanOut(List.of(event), pipelineEventConsumers, 0);
        }
        for (RunningStage s : downstream) {
            run(s, null, false, observer);
        }
    }

    /** The last pass: an optional lifecycle event, then every processor's flush() in order. */
    void finish(Record event, Observer observer) throws StageFailure {
        if (event != null) {
            fanOut(List.of(event), pipelineEventConsumers, 0);
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
            if (s.ahead != null) {
                for (ArrayList<Record> slot : s.ahead) {
                    slot.clear();
                }
            }
            s.lanes.clear();
            s.events.clear();
        }
    }

    private void run(RunningStage s, String offset, boolean flush, Observer observer) throws StageFailure {
        List<Record> input = s.input;
        int inCount = input.size();
        List<Record> errors = errorsOf(s);
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
        for (int i = 0; i < s.laneConsumers.length; i++) {
            fanOut(s.lanes.lane(i), s.laneConsumers[i], s.segment);
        }
        fanOut(s.events, s.eventConsumers, s.segment);
        input.clear();
        s.lanes.clear();
        s.events.clear();
    }

    /**
     * Hands records to the stages of an edge, sent from a stage in segment {@code from} (0 when not split): a
     * stage in a later segment gets them in its {@code ahead} slot for the sender's batch (it may be busy with
     * an earlier one).
     */
    private void fanOut(List<Record> records, RunningStage[] to, int from) {
        if (to.length == 0 || records.isEmpty()) {
            return;
        }
        if (to.length == 1) {
            inbox(to[0], from).addAll(records);
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
                ArrayList<Record> in = inbox(to[j], from);
                for (int k = 0, n = records.size(); k < n; k++) {
                    in.add(records.get(k).copy());
                }
            }
        }
        for (int j = 0; j < to.length; j++) {
            if (to[j].sharesInput || j == owner) {
                inbox(to[j], from).addAll(records);
            }
        }
    }

    private ArrayList<Record> inbox(RunningStage s, int from) {
        return s.segment == from ? s.input : s.ahead[(int) (segmentBatch[from] % slots)];
    }

    private ArrayList<Record> errorsOf(RunningStage s) {
        return s.segment == 0 ? errors : segmentErrors[s.segment];
    }

    PipelinePlan plan() {
        return plan;
    }
}
