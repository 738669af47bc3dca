package io.footfall.runtime.engine;

import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.Stage;
import java.util.ArrayList;

/** One stage instance while the pipeline runs: the stage, its context, its input, its outputs and its figures. */
final class RunningStage {
    final PlannedStage planned;
    final String name;
    final Stage stage;
    final CountingStageMetrics custom = new CountingStageMetrics();
    final StageStats stats;
    final LaneBatchMaker lanes;
    /** Records waiting for this stage in the current batch (from every incoming edge). */
    final ArrayList<Record> input = new ArrayList<>();
    /**
     * While the graph is split over several threads (see {@link StageGraph#split}): per batch in flight (slot:
     * the batch's number since the split, modulo the threads), what stages on earlier threads sent this stage
     * for that batch, moved to {@link #input} when this stage's thread takes it. Null while not split.
     */
    ArrayList<Record>[] ahead;
    /** Which thread runs this stage while the graph is split: 0 the pipeline's, then one per later segment. */
    int segment;
    /** Time spent in this stage so far, to balance the threads. */
    long busyNanos;
    /** Events this stage emitted in the current batch. */
    final ArrayList<Record> events = new ArrayList<>(0);
    RuntimeStageContext context;
    /** Per output lane (same order as the lanes), the stages it feeds. */
    RunningStage[][] laneConsumers;
    RunningStage[] eventConsumers;
    boolean initialised;
    /** Reads its input without changing or passing it on: may be given the same records as other stages. */
    final boolean sharesInput;

    RunningStage(PlannedStage planned) {
        this.planned = planned;
        this.name = planned.name();
        this.stage = planned.definition().create();
        this.stats = new StageStats(name, planned.definition().id(), planned.kind(), custom);
        this.lanes = new LaneBatchMaker(name, planned.outputLanes());
        this.sharesInput = stage instanceof io.footfall.runtime.api.SharedInput;
    }
}
