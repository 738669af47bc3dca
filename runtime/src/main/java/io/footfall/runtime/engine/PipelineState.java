package io.footfall.runtime.engine;

/** Where a pipeline run is in its life. FINISHED, STOPPED and FAILED are final. */
public enum PipelineState {
    CREATED, STARTING, RUNNING, STOPPING, FINISHED, STOPPED, FAILED;

    public boolean isFinal() {
        return this == FINISHED || this == STOPPED || this == FAILED;
    }
}
