package io.footfall.app.run;

import io.footfall.runtime.api.Record;
import io.footfall.app.simulation.SimulationProgress;
import java.util.List;

/** What a running pipeline reports; called from runner threads, the view-model moves it to the UI thread. */
public interface RunListener {
    void state(RunState state, String message);

    /** Per-stage counters, overall records/s and where the simulation stands (null when not simulating). */
    void metrics(List<StageStats> stages, double recordsPerSecond, SimulationProgress simulation);

    /** A sample of what a stage received and emitted in one batch. */
    void records(String stage, List<Record> input, List<Record> output);

    void analytics(AnalyticsUpdate update);

    void log(String line);
}
