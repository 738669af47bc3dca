package io.footfall.runtime.engine;

import io.footfall.runtime.api.ConfigIssue;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a preview.
 *
 * @param stages   every stage, origin first, in the order they ran
 * @param timedOut the origin did not produce the records asked for within the timeout (what came is shown)
 * @param failure  the message of a stage that failed during the preview, or null
 * @param issues   problems found when the stages were initialised (then nothing ran)
 */
public record PreviewResult(List<StagePreview> stages, boolean timedOut, String failure, List<ConfigIssue> issues) {

    public PreviewResult {
        stages = List.copyOf(stages);
        issues = List.copyOf(issues);
    }

    public Optional<StagePreview> stage(String name) {
        return stages.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
