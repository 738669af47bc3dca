package io.footfall.runtime.engine;

import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a validated pipeline batch by batch. The origin produces on its own thread into a bounded queue
 * ({@code settings.queueBatches}: when it is full the origin waits, so memory stays bounded); the
 * pipeline's thread takes each batch through the processors and destinations in topological order,
 * writes the batch's error records to the error stream, then commits the batch's offset. A killed run
 * therefore resumes after the last fully written batch: at-least-once, at most one batch repeated.
 *
 * <pre>{@code
 * PipelineRunner runner = PipelineRunner.builder(plan).build();
 * runner.start();                 // returns at once; init problems end the run as FAILED with issues
 * runner.metrics();               // any thread, any time
 * runner.stop();                  // finishes the batch in flight, flushes, destroys every stage
 * RunResult result = runner.awaitResult();
 * }</pre>
 */
public final class PipelineRunner {
    private final PipelinePlan plan;
    private final Clock clock;
    private final OffsetStore offsets;
    private final Path errorFile;
    private final boolean resetOffset;
    private final List<PipelineListener> listeners = new CopyOnWriteArrayList<>();
    private final StageGraph graph;
    private final OriginPump pump;
    private final CompletableFuture<RunResult> result = new CompletableFuture<>();
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong errorRecords = new AtomicLong();
    private volatile PipelineState state = PipelineState.CREATED;
    /** Set before the state turns final, so whoever sees a final state also sees why. */
    private volatile String endMessage;
    private volatile boolean stopRequested;
    private volatile long startedAtNanos;
    private volatile long startedAtMillis;
    private volatile long endedAtNanos;
    /**
     * With {@code settings.threads} 2 or more: after this many batches on one thread, the stages are split over
     * that many threads (see {@link StageGraph#split}) where the time they took divides best.
     */
    static final int SPLIT_AFTER_BATCHES = 3;
    /** ... and cut again after this many, on the times the stages took since the first cut. */
    static final int RESPLIT_AFTER_BATCHES = 12;
    /** Most threads the stages are split over: beyond that a segment's hand-offs cost more than they bring. */
    static final int MAX_THREADS = 4;
    /** Once split: per segment after the first, its thread (each takes its batches in order). */
    private ExecutorService[] segmentThreads = new ExecutorService[0];
    /** Batches (numbered from the split) given to segment 0, and finished by the last segment and committed. */
    private long fed;
    private long settled;
    /** The offset of each batch in flight, by its number modulo the slots. */
    private String[] offsetOf = new String[0];
    /** Batches the last segment has finished, in order; {@link #FAILED} once a segment failed. */
    private final LinkedBlockingQueue<Long> finished = new LinkedBlockingQueue<>();
    private static final Long FAILED = -1L;
    /** The earliest batch that failed (batches from it on are dropped), and what it threw. */
    private volatile long failedBatch = Long.MAX_VALUE;
    private Throwable failure;
    private boolean resplit;
    private ErrorStream errorStream;
    private AutoCloseable offsetLock;

    private PipelineRunner(Builder b) {
        this.plan = b.plan;
        this.clock = b.clock;
        this.resetOffset = b.resetOffset;
        this.listeners.addAll(b.listeners);
        Path stateDir = b.stateDirectory;
        String baseName = plan.displayName();
        if (b.offsetFile != null) {
            this.offsets = OffsetStore.inFile(b.offsetFile);
        } else if (stateDir != null) {
            this.offsets = OffsetStore.inFile(stateDir.resolve(baseName + ".offset"));
        } else if (plan.pipelineFile() != null) {
            this.offsets = OffsetStore.inFile(plan.pipelineFile().resolveSibling(baseName + ".offset"));
        } else {
            this.offsets = OffsetStore.inMemory();
        }
        offsets.forSource(OriginFingerprint.of(plan.origin()));
        if (b.errorFile != null) {
            this.errorFile = b.errorFile;
        } else if (stateDir != null) {
            this.errorFile = stateDir.resolve(baseName + ".errors.jsonl");
        } else if (plan.pipelineFile() != null) {
            this.errorFile = plan.pipelineFile().resolveSibling(baseName + ".errors.jsonl");
        } else {
            this.errorFile = plan.baseDirectory().resolve(baseName + ".errors.jsonl");
        }
        this.graph = new StageGraph(plan, false, true, clock);
        this.pump = new OriginPump(graph, plan.settings().queueBatches(), plan.settings().batchSize(),
                plan.settings().maxWaitMillis());
    }

    public static Builder builder(PipelinePlan plan) {
        return new Builder(plan);
    }

    public void addListener(PipelineListener listener) {
        listeners.add(listener);
    }

    /**
     * Initialises every stage and starts the threads; returns at once. When a stage refuses its
     * configuration the run ends FAILED with the issues (see {@link RunResult#issues()}), with every
     * initialised stage destroyed.
     */
    public synchronized void start() {
        if (state != PipelineState.CREATED) {
            throw new IllegalStateException("a pipeline runner runs once; this one is " + state);
        }
        state = PipelineState.STARTING;
        startedAtNanos = System.nanoTime();
        startedAtMillis = clock.millis();
        List<ConfigIssue> issues = new ArrayList<>(graph.init());
        errorStream = new JsonlErrorFile(errorFile);
        if (plan.errorDestination() != null) {
            try {
                StageErrorStream stream = new StageErrorStream(plan, plan.errorDestination(), clock);
                errorStream = stream;
                issues.addAll(stream.init());
            } catch (RuntimeException | Error e) {
                issues.add(ConfigIssue.error(plan.errorDestination().name(), null, "cannot create the error destination: " + e));
            }
        }
        String startOffset = null;
        try {
            offsetLock = offsets.lock();
            if (resetOffset) {
                offsets.reset();
            }
            startOffset = offsets.load();
        } catch (java.nio.file.FileSystemException e) {
            issues.add(ConfigIssue.error(null, null, "cannot keep the offset in " + offsets.file() + " (" + e
                    + "); choose a writable folder for it (footfall run --state-dir)"));
        } catch (IOException e) {
            issues.add(ConfigIssue.error(null, null, e.getMessage()));
        }
        if (issues.stream().anyMatch(ConfigIssue::isError)) {
            graph.destroy();
            errorStream.close();
            releaseLock();
            finish(PipelineState.FAILED, "the pipeline did not start: " + issues.stream()
                    .filter(ConfigIssue::isError).count() + " problem(s) when initialising its stages", null, issues);
            return;
        }
        Thread pipelineThread = new Thread(this::processLoop, "footfall-pipeline-" + plan.displayName());
        pipelineThread.setDaemon(true);
        state = PipelineState.RUNNING;
        pump.start(startOffset, "footfall-origin-" + plan.origin().name());
        pipelineThread.start();
    }

    /** Starts and waits for the end. */
    public RunResult run() throws InterruptedException {
        start();
        return awaitResult();
    }

    /**
     * Asks the pipeline to stop: the origin produces no more, the batch in flight is finished and its
     * offset committed, batches still queued are dropped (they are produced again next run), processors
     * are flushed and every stage is destroyed. Returns at once; see {@link #awaitResult()}.
     */
    public void stop() {
        stopRequested = true;
        if (state == PipelineState.RUNNING) {
            state = PipelineState.STOPPING;
        }
    }

    public RunResult awaitResult() throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the runner ended without a result", e.getCause());
        }
    }

    /** The result, or empty when the run has not ended within the timeout. */
    public Optional<RunResult> awaitResult(long timeout, TimeUnit unit) throws InterruptedException {
        try {
            return Optional.of(result.get(timeout, unit));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the runner ended without a result", e.getCause());
        }
    }

    public PipelineState state() {
        return state;
    }

    /** Why a saved offset was not resumed from (it belonged to other origin settings), or null. */
    public String offsetNote() {
        return offsets.discarded();
    }

    /** Why the run ended (null while it runs, or when it finished or was stopped without a message). */
    public String endMessage() {
        return endMessage;
    }

    /** Where committed offsets are kept (null when only in memory). */
    public Path offsetFile() {
        return offsets.file();
    }

    /** Where failed records go. */
    public String errorStreamDescription() {
        return plan.errorDestination() != null
                ? "stage '" + plan.errorDestination().name() + "'" : errorFile.toString();
    }

    public PipelinePlan plan() {
        return plan;
    }

    /** The figures right now; safe from any thread while the pipeline runs. */
    public PipelineMetrics metrics() {
        long started = startedAtNanos;
        long ended = endedAtNanos;
        long elapsed = started == 0 ? 0 : (ended != 0 ? ended : System.nanoTime()) - started;
        List<StageMetricsSnapshot> stages = new ArrayList<>();
        for (RunningStage s : graph.all()) {
            stages.add(s.stats.snapshot(elapsed));
        }
        return new PipelineMetrics(plan.displayName(), state, startedAtMillis, TimeUnit.NANOSECONDS.toMillis(elapsed),
                batches.get(), offsets.committed(), errorRecords.get(), stages);
    }

    // ---- the pipeline's thread ----

    private void processLoop() {
        fire(PipelineEvent.Type.STARTED, null);
        PipelineState end = PipelineState.FINISHED;
        String message = null;
        String failedStage = null;
        try {
            if (graph.hasPipelineEventConsumers()) {
                graph.deliverPipelineEvent(eventRecord(PipelineEvent.Type.STARTED, null), null);
                writeErrors();
            }
            end = drainQueue();
            stopOrigin();
            graph.finish(graph.hasPipelineEventConsumers()
                    ? eventRecord(end == PipelineState.FINISHED ? PipelineEvent.Type.FINISHED : PipelineEvent.Type.STOPPED, null)
                    : null, null);
            writeErrors();
        } catch (StageFailure f) {
            end = PipelineState.FAILED;
            message = f.getMessage();
            failedStage = f.stage();
            afterFailure(f);
        } catch (RuntimeException | Error e) {
            end = PipelineState.FAILED;
            message = "the runner failed: " + e;
            afterFailure(null);
        } finally {
            stopOrigin();
            for (ExecutorService t : segmentThreads) {
                if (t != null) {
                    t.shutdown();
                }
            }
            List<String> problems = new ArrayList<>(graph.destroy(end != PipelineState.FAILED));
            try {
                writeErrors();
            } catch (StageFailure f) {
                problems.add(f.getMessage());
            }
            errorStream.close();
            try {
                offsets.settle();
            } catch (IOException e) {
                problems.add("cannot move the offset back to " + offsets.file() + ": " + e.getMessage());
            }
            releaseLock();
            if (!problems.isEmpty() && message == null) {
                message = String.join("; ", problems);
            }
            finish(end, message, failedStage, List.of());
        }
    }

    /** Processes batches until the origin ends, the pipeline is stopped or a stage fails. */
    private PipelineState drainQueue() throws StageFailure {
        PipelineState end;
        try {
            end = drainBatches();
            settleAll();
        } catch (StageFailure | RuntimeException | Error e) {
            settleOlderQuietly();
            graph.join(settled);
            throw e;
        }
        graph.join(settled);
        return end;
    }

    private PipelineState drainBatches() throws StageFailure {
        while (true) {
            if (stopRequested) {
                return PipelineState.STOPPED;
            }
            OriginOutput batch;
            try {
                batch = pump.poll();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return PipelineState.STOPPED;
            }
            if (batch == null) {
                if (pump.isDone()) {
                    return stopRequested ? PipelineState.STOPPED : PipelineState.FINISHED;
                }
                continue;
            }
            if (batch.failure != null) {
                throw batch.failure;
            }
            if (graph.isSplit() && batches.get() >= RESPLIT_AFTER_BATCHES && !resplit) {
                // The first batches' times include warming up (JIT, radio maps): once nothing is in flight, cut
                // again on the times since the first cut.
                resplit = true;
                settleAll();
                graph.join(settled);
                split();
            }
            if (graph.isSplit()) {
                // Segment 0 takes this batch on this thread while the later segments work on earlier ones.
                feed(batch);
            } else {
                graph.process(batch, null);
                writeErrors();
                done(batch.offset);
                if (plan.settings().threads() > 1 && batches.get() == SPLIT_AFTER_BATCHES) {
                    split();
                }
            }
            if (batch.last) {
                return PipelineState.FINISHED;
            }
        }
    }

    /** The batch's errors are written: commit its offset. */
    private void done(String offset) throws StageFailure {
        commit(offset);
        graph.committed(offset);
        batches.incrementAndGet();
    }

    /** Splits the stages over the configured threads, starting the segments' threads the first time. */
    private void split() {
        if (!graph.split(Math.min(MAX_THREADS, plan.settings().threads()))) {
            return;
        }
        int m = graph.segments();
        fed = 0;
        settled = 0;
        offsetOf = new String[graph.slots()];
        finished.clear();
        if (segmentThreads.length < m) {
            ExecutorService[] threads = java.util.Arrays.copyOf(segmentThreads, m);
            for (int j = Math.max(1, segmentThreads.length); j < m; j++) {
                String name = "footfall-pipeline-" + plan.displayName() + "-" + (j + 1);
                threads[j] = Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, name);
                    t.setDaemon(true);
                    return t;
                });
            }
            segmentThreads = threads;
        }
    }

    /**
     * Segment 0's part of a batch on this thread; the batch then passes from segment to segment on their threads
     * (each hands it on when done), so a segment waits only for its own previous batch and the one before it,
     * never for all the others. Batches the last segment finished are committed here first; at most
     * {@link StageGraph#slots} batches are in flight.
     */
    private void feed(OriginOutput batch) throws StageFailure {
        commitFinished(false);
        while (fed - settled >= graph.slots()) {
            commitFinished(true);
        }
        long seq = fed++;
        offsetOf[(int) (seq % graph.slots())] = batch.offset;
        try {
            graph.processFirst(batch, seq);
        } catch (StageFailure | RuntimeException | Error e) {
            fail(seq, e);
        }
        graph.endSegment(0);
        if (seq >= failedBatch) {
            throwFailure();
        }
        hand(1, seq);
    }

    /** Gives batch {@code seq} to segment j (or, past the last, marks it finished). */
    private void hand(int j, long seq) {
        if (j < graph.segments()) {
            segmentThreads[j].execute(() -> segmentPart(j, seq));
        } else {
            finished.add(seq);
        }
    }

    /** Segment j's part of batch {@code seq}, on its thread; skipped for a batch at or after a failed one. */
    private void segmentPart(int j, long seq) {
        if (seq >= failedBatch) {
            return;
        }
        try {
            graph.processSegment(j, seq, offsetOf[(int) (seq % graph.slots())]);
        } catch (StageFailure | RuntimeException | Error e) {
            graph.endSegment(j);
            fail(seq, e);
            return;
        }
        graph.endSegment(j);
        hand(j + 1, seq);
    }

    /** The earliest batch's failure is the one one thread would have met first. */
    private synchronized void fail(long seq, Throwable e) {
        if (seq < failedBatch) {
            failedBatch = seq;
            failure = e;
        }
        finished.add(FAILED);
    }

    /**
     * Writes the errors of and commits the batches the last segment finished, in order; with {@code block}, waits
     * for one first. After a failure: lets the older batches finish and commits them, then throws it.
     */
    private void commitFinished(boolean block) throws StageFailure {
        Long seq = block ? takeFinished() : finished.poll();
        while (seq != null) {
            if (seq.equals(FAILED)) {
                throwFailure();
            }
            writeErrors(graph.batchErrors(seq));
            done(offsetOf[(int) (seq % graph.slots())]);
            settled = seq + 1;
            seq = finished.poll();
        }
    }

    private Long takeFinished() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return finished.take();
                } catch (InterruptedException e) {
                    interrupted = true; // the batches in flight are finished either way (see stop())
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits until no segment has work left: each in turn, since each hands batches on to the next. */
    private void quiesce() {
        for (int j = 1; j < graph.segments(); j++) {
            Future<?> marker = segmentThreads[j].submit(() -> { });
            boolean interrupted = false;
            while (true) {
                try {
                    marker.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    break;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Once a segment failed: the batches older than the failed one finish and are committed; then the failure. */
    private void throwFailure() throws StageFailure {
        quiesce();
        Long seq;
        while ((seq = finished.poll()) != null) {
            if (!seq.equals(FAILED)) {
                writeErrors(graph.batchErrors(seq));
                done(offsetOf[(int) (seq % graph.slots())]);
                settled = seq + 1;
            }
        }
        Throwable t;
        synchronized (this) {
            t = failure;
        }
        if (t instanceof StageFailure f) {
            throw f;
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        throw (Error) t;
    }

    /**
     * After a failure elsewhere (or of a segment): the batches older than the failed one finish and are committed
     * (as one thread would have before meeting it), until one of them fails too.
     */
    private void settleOlderQuietly() {
        if (!graph.isSplit()) {
            return;
        }
        try {
            fail(fed, new IllegalStateException("stopped after a failure"));
            throwFailure();
        } catch (StageFailure | RuntimeException | Error ignored) {
            // the first failure is the one worth reporting
        }
    }

    /** Waits until every batch in flight has passed the last segment, and commits them. */
    private void settleAll() throws StageFailure {
        if (!graph.isSplit()) {
            return;
        }
        quiesce();
        commitFinished(false);
    }

    private void afterFailure(StageFailure f) {
        stopOrigin();
        graph.clearBuffers();
        try {
            // Records stages sent to the error stream before the failure are kept, never dropped.
            writeErrors();
            if (graph.hasPipelineEventConsumers()) {
                graph.deliverPipelineEvent(eventRecord(PipelineEvent.Type.FAILED, f == null ? "runner failure" : f.getMessage()), null);
                writeErrors();
            }
        } catch (StageFailure | RuntimeException ignored) {
            // The pipeline is already failing with the first cause; that is the message worth showing.
            graph.clearBuffers();
        }
    }

    private void writeErrors() throws StageFailure {
        writeErrors(graph.errors);
    }

    private void writeErrors(List<Record> errors) throws StageFailure {
        if (errors.isEmpty()) {
            return;
        }
        try {
            errorStream.write(errors);
        } catch (StageException | RuntimeException e) {
            throw new StageFailure(null, "ERROR_STREAM", "cannot write " + errors.size() + " error record(s) to "
                    + errorStream.describe() + ": " + e.getMessage(), e);
        }
        errorRecords.addAndGet(errors.size());
        errors.clear();
    }

    private void commit(String offset) throws StageFailure {
        // An idle live origin hands over empty batches at the same offset; there is nothing new to record.
        if (offset == null || offset.equals(offsets.committed())) {
            return;
        }
        try {
            offsets.commit(offset);
        } catch (IOException e) {
            throw new StageFailure(null, "OFFSET", "cannot commit the offset to " + offsets.file() + ": " + e, e);
        }
    }

    private void stopOrigin() {
        stopRequested = true;
        pump.stop();
    }

    private void releaseLock() {
        try {
            if (offsetLock != null) {
                offsetLock.close();
            }
        } catch (Exception ignored) {
            // The operating system drops the lock with the process anyway.
        }
    }

    private Record eventRecord(PipelineEvent.Type type, String message) {
        Record r = new Record(PipelinePlan.PIPELINE_EVENT_SOURCE + "::event");
        r.set("/event", Field.of(type.recordType()));
        r.set("/ts", Field.timestamp(clock.millis()));
        r.set("/pipeline", Field.of(plan.displayName()));
        if (message != null) {
            r.set("/message", Field.of(message));
        }
        return r;
    }

    private void finish(PipelineState end, String message, String failedStage, List<ConfigIssue> issues) {
        endedAtNanos = System.nanoTime();
        endMessage = message;
        state = end;
        fire(switch (end) {
            case FINISHED -> PipelineEvent.Type.FINISHED;
            case STOPPED -> PipelineEvent.Type.STOPPED;
            default -> PipelineEvent.Type.FAILED;
        }, message);
        result.complete(new RunResult(end, message, failedStage, issues, metrics()));
    }

    private void fire(PipelineEvent.Type type, String message) {
        PipelineEvent event = new PipelineEvent(type, plan.displayName(), clock.millis(), message);
        for (PipelineListener l : listeners) {
            try {
                l.onEvent(event);
            } catch (RuntimeException ignored) {
                // A listener (a UI, a server) must not be able to break the run it watches.
            }
        }
    }

    public static final class Builder {
        private final PipelinePlan plan;
        private Clock clock = Clock.systemUTC();
        private Path stateDirectory;
        private Path offsetFile;
        private Path errorFile;
        private boolean resetOffset;
        private final List<PipelineListener> listeners = new ArrayList<>();

        private Builder(PipelinePlan plan) {
            this.plan = plan;
        }

        /** Where the offset and the default error file go instead of beside the pipeline file. */
        public Builder stateDirectory(Path dir) {
            this.stateDirectory = dir;
            return this;
        }

        public Builder offsetFile(Path file) {
            this.offsetFile = file;
            return this;
        }

        /** The default error stream's JSONL file (ignored when the error policy names a destination stage). */
        public Builder errorFile(Path file) {
            this.errorFile = file;
            return this;
        }

        /** Forget the committed offset and start from the beginning. */
        public Builder resetOffset(boolean reset) {
            this.resetOffset = reset;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder listener(PipelineListener listener) {
            this.listeners.add(listener);
            return this;
        }

        public PipelineRunner build() {
            return new PipelineRunner(this);
        }
    }
}
