package io.footfall.runtime.engine;

import io.footfall.runtime.api.ConfigIssue;
import java.util.List;
import java.util.Optional;

/** Every problem validation found, and the runnable plan when none of them is an error. */
public record ValidationResult(List<ConfigIssue> issues, PipelinePlan plan) {

    public ValidationResult {
        issues = List.copyOf(issues);
    }

    public boolean isValid() {
        return plan != null && issues.stream().noneMatch(ConfigIssue::isError);
    }

    public List<ConfigIssue> errors() {
        return issues.stream().filter(ConfigIssue::isError).toList();
    }

    public List<ConfigIssue> warnings() {
        return issues.stream().filter(i -> !i.isError()).toList();
    }

    public Optional<PipelinePlan> planIfValid() {
        return isValid() ? Optional.of(plan) : Optional.empty();
    }
}
