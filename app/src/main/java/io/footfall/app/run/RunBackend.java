package io.footfall.app.run;

import io.footfall.runtime.pipeline.PipelineDefinition;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Runs pipelines for the studio. The implementation adapts the runtime's runner and the embedded simulator;
 * when a piece is not in this build, {@link #unavailable} says which and the studio shows it instead of failing.
 */
public interface RunBackend {

    /** Why this mode cannot run in this build, or empty when it can. */
    Optional<String> unavailable(RunMode mode);

    /** Starts a run; called off the UI thread. */
    RunHandle start(RunRequest request, RunListener listener) throws Exception;

    record RunRequest(PipelineDefinition pipeline, Path pipelineFile, Path floorplanFile, RunMode mode,
                      double speed, int previewRecords) {
    }

    /** Control of a started run. */
    interface RunHandle {
        void pause();

        void resume();

        void setSpeed(double speed);

        /** Only a simulation can pause (its clock stands still); live origins keep coming. */
        default boolean canPause() {
            return false;
        }

        /** Asks the run to stop; returns when it has stopped. */
        void stop();
    }
}
