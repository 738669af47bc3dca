package io.footfall.runtime.api;

/** What a stage does with a record it cannot handle. */
public enum OnRecordError {
    /** Drop it, counting it in the stage's error metrics. */
    DISCARD,
    /** Send it with its error to the pipeline's error stream (the default). */
    TO_ERROR,
    /** Stop the pipeline. */
    STOP_PIPELINE
}
