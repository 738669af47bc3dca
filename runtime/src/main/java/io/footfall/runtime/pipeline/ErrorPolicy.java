package io.footfall.runtime.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Where failed records go, and what a stage failure does.
 *
 * @param destination the error-stream destination stage (null: a JSONL file beside the pipeline file)
 * @param onStageError STOP (default) stops the pipeline when a stage throws; a failed batch is never committed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"onStageError", "destination"})
public record ErrorPolicy(String onStageError, StageInstance destination) {

    public static ErrorPolicy defaults() {
        return new ErrorPolicy("STOP", null);
    }

    public ErrorPolicy {
        onStageError = onStageError == null ? "STOP" : onStageError;
    }
}
