package io.footfall.runtime.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Hides the lifecycle boilerplate: keeps the context, lets the stage read its configuration in
 * {@link #configure} and report problems that point at the configuration field.
 */
public abstract class AbstractStage implements Stage {
    private StageContext context;
    private List<ConfigIssue> issues;

    @Override
    public final List<ConfigIssue> init(StageContext context) {
        this.context = context;
        this.issues = new ArrayList<>();
        try {
            configure(context.config());
        } catch (IllegalArgumentException e) {
            issues.add(ConfigIssue.error(context.instanceName(), null, e.getMessage()));
        }
        List<ConfigIssue> result = issues;
        issues = null;
        return result;
    }

    /** Reads the configuration and prepares the stage; report problems with {@link #issue}. */
    protected abstract void configure(StageConfig config);

    /** Reports a configuration problem on the named field (only valid during {@link #configure}). */
    protected final void issue(String config, String message) {
        issues.add(ConfigIssue.error(context.instanceName(), config, message));
    }

    protected final StageContext context() {
        return context;
    }
}
