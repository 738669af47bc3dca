package io.footfall.app.run;

import io.footfall.app.issues.PipelineChecker;
import io.footfall.runtime.stage.StageRegistry;

/** Chooses what runs pipelines in this build; says exactly what is missing when a piece has not landed. */
public final class RunBackends {
    private RunBackends() {
    }

    public static RunBackend detect() {
        return new UnavailableRunBackend("This build has no pipeline runner yet (issue #4: PipelineRunner, PipelinePreview) "
                + "and no embedded simulator (issue #5). The studio can design, validate and save pipelines; "
                + "running them arrives with those issues.");
    }

    /** The full validation (stages initialised) when the runner provides one; null: the structural checks only. */
    public static PipelineChecker fullChecker(StageRegistry registry) {
        return null;
    }
}
