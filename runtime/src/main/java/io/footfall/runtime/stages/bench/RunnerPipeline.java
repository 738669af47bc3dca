package io.footfall.runtime.stages.bench;

import io.footfall.runtime.engine.PipelineRunner;
import io.footfall.runtime.engine.RunResult;
import io.footfall.runtime.engine.ValidationResult;
import io.footfall.runtime.engine.PipelineValidator;
import io.footfall.runtime.pipeline.Edge;
import io.footfall.runtime.pipeline.ErrorPolicy;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineSettings;
import io.footfall.runtime.pipeline.StageInstance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The same file origin → filter → file destination as {@link DirectPipeline}, as a pipeline definition run by
 * the real {@link PipelineRunner}: origin on its own thread feeding a bounded queue, offsets committed to a
 * file after every batch, error stream on disk.
 */
final class RunnerPipeline {
    private RunnerPipeline() {
    }

    /** Runs to the end; returns the number of records the origin read. */
    static long run(Path input, String condition, Path outputDir, Path stateDir, int batchSize) throws Exception {
        Files.createDirectories(stateDir);
        PipelineDefinition pipeline = new PipelineDefinition(null, "bench", "Benchmark", "", null, List.of(),
                new PipelineSettings(batchSize, 1000, 4, 1), ErrorPolicy.defaults(),
                List.of(stage("origin", "footfall.origin.file",
                                Map.of("path", input.toString(), "fileGlob", "*.jsonl", "dataFormat", "JSON")),
                        stage("filter", "footfall.processor.filter", Map.of("condition", condition)),
                        stage("out", "footfall.destination.file", Map.of("directory", outputDir.toString(),
                                "filePrefix", "kept", "maxFileSizeMb", 256))),
                List.of(new Edge("origin", "output", "filter"), new Edge("filter", "output", "out")));
        ValidationResult validation = PipelineValidator.withDefaultRegistry()
                .validate(pipeline, Map.of(), null, stateDir, false);
        if (validation.plan() == null) {
            throw new IllegalStateException("benchmark pipeline is not valid: " + validation.issues());
        }
        RunResult result = PipelineRunner.builder(validation.plan()).stateDirectory(stateDir).resetOffset(true)
                .build().run();
        if (!result.succeeded()) {
            throw new IllegalStateException("benchmark pipeline failed: " + result);
        }
        return result.metrics().stage("origin").orElseThrow().recordsOut();
    }

    private static StageInstance stage(String name, String type, Map<String, Object> config) {
        return new StageInstance(name, type, 1, name, config, null);
    }
}
