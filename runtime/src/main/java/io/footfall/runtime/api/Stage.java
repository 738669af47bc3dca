package io.footfall.runtime.api;

import java.util.List;

/**
 * The lifecycle every stage shares: {@link #init} once before the first batch (report every
 * configuration problem, do not throw), {@link #destroy} once at the end whatever happened.
 */
public interface Stage {

    List<ConfigIssue> init(StageContext context);

    default void destroy() {
    }
}
