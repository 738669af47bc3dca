package io.footfall.runtime.engine;

import io.footfall.runtime.api.ConfigIssue;
import java.util.List;

/**
 * How a run ended.
 *
 * @param status      FINISHED (the origin ran out), STOPPED (stop() was called) or FAILED
 * @param message     for FAILED: what went wrong, naming the stage; otherwise null
 * @param failedStage the stage that failed, or null
 * @param issues      problems found when the stages were initialised (a FAILED run that never started)
 * @param metrics     the final figures
 */
public record RunResult(PipelineState status, String message, String failedStage, List<ConfigIssue> issues,
                        PipelineMetrics metrics) {

    public RunResult {
        issues = List.copyOf(issues);
    }

    public boolean succeeded() {
        return status == PipelineState.FINISHED || status == PipelineState.STOPPED;
    }

    /** True when the run never started because a stage refused its configuration at init(). */
    public boolean failedAtInit() {
        return status == PipelineState.FAILED && issues.stream().anyMatch(ConfigIssue::isError);
    }
}
