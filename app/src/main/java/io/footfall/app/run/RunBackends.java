package io.footfall.app.run;

import io.footfall.app.issues.PipelineChecker;
import io.footfall.runtime.engine.PipelineValidator;
import io.footfall.runtime.stage.StageRegistry;
import java.nio.file.Path;
import java.util.Map;

/** What runs and fully validates pipelines in the studio: the runtime's runner and validator. */
public final class RunBackends {
    private RunBackends() {
    }

    public static RunBackend detect(StageRegistry registry) {
        return new StudioRunBackend(registry);
    }

    /** Full validation: every stage created and initialised (files exist, expressions compile, ...). */
    public static PipelineChecker fullChecker(StageRegistry registry) {
        PipelineValidator validator = new PipelineValidator(registry);
        return (pipeline, file) -> {
            Path base = file != null ? file.getParent() : Path.of("").toAbsolutePath();
            var p = pipeline;
            if (p.floorplan() != null && file == null && !Path.of(p.floorplan()).isAbsolute()) {
                p = p.withFloorplan(base.resolve(p.floorplan()).toString());
            }
            return validator.validate(p, Map.of(), file, base, true).issues();
        };
    }
}
