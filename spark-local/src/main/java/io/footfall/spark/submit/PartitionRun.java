package io.footfall.spark.submit;

import io.footfall.runtime.engine.PipelineRunner;
import io.footfall.runtime.engine.PipelineValidator;
import io.footfall.runtime.engine.RunResult;
import io.footfall.runtime.engine.ValidationResult;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineJson;
import io.footfall.runtime.pipeline.StageInstance;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.Function2;

/**
 * What one executor does with one partition of the input: writes its lines to a local file, points the
 * pipeline's file origin (and floorplan) at local copies, and runs the whole pipeline there with the
 * ordinary runner, so destinations write the results. Returns one line describing how it went.
 */
final class PartitionRun implements Function2<Integer, Iterator<String>, Iterator<String>>, Serializable {
    private static final long serialVersionUID = 1L;

    private final String pipelineJson;
    private final String originStage;
    private final String floorplanJson;
    private final Map<String, String> params;
    private final String baseDirectory;
    private final String outputParameter;
    private final boolean partitioned;

    PartitionRun(PipelineDefinition pipeline, String originStage, String floorplanJson, Map<String, String> params,
                 Path baseDirectory, String outputParameter, boolean partitioned) {
        this.pipelineJson = PipelineJson.toJson(pipeline);
        this.originStage = originStage;
        this.floorplanJson = floorplanJson;
        this.params = new java.util.LinkedHashMap<>(params);
        this.baseDirectory = baseDirectory.toString();
        this.outputParameter = outputParameter;
        this.partitioned = partitioned;
    }

    @Override
    public Iterator<String> call(Integer partition, Iterator<String> lines) throws Exception {
        Path work = Files.createTempDirectory("footfall-partition-" + partition + "-");
        try {
            Path input = work.resolve("input.jsonl");
            long count = 0;
            try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
                while (lines.hasNext()) {
                    w.write(lines.next());
                    w.write('\n');
                    count++;
                }
            }
            PipelineDefinition pipeline = PipelineJson.parse(pipelineJson, "submitted pipeline");
            List<StageInstance> stages = new ArrayList<>();
            for (StageInstance s : pipeline.stages()) {
                stages.add(s.name().equals(originStage) ? s.withConfigValue("path", input.toString()) : s);
            }
            pipeline = pipeline.withStages(stages);
            if (floorplanJson != null) {
                Path floorplan = work.resolve("floorplan.json");
                Files.writeString(floorplan, floorplanJson, StandardCharsets.UTF_8);
                pipeline = pipeline.withFloorplan(floorplan.toString());
            }
            Map<String, String> p = new java.util.LinkedHashMap<>(params);
            Path errors = work.resolve("errors.jsonl");
            if (outputParameter != null && p.containsKey(outputParameter)) {
                Path out = Path.of(p.get(outputParameter));
                if (partitioned) {
                    out = out.resolve(String.format("part-%05d", partition));
                    p.put(outputParameter, out.toString());
                }
                Files.createDirectories(out);
                errors = out.resolve("errors.jsonl");
            }
            Path base = Path.of(baseDirectory);
            ValidationResult v = PipelineValidator.withDefaultRegistry().validate(pipeline, p, null, base, false);
            if (!v.isValid()) {
                throw new IllegalStateException("partition " + partition + ": the pipeline is not valid on the executor: "
                        + v.errors());
            }
            RunResult r = PipelineRunner.builder(v.plan()).offsetFile(work.resolve("offset"))
                    .errorFile(errors).resetOffset(true).build().run();
            if (!r.succeeded()) {
                throw new IllegalStateException("partition " + partition + ": the pipeline " + r.status() + ": "
                        + r.message());
            }
            return List.of("partition " + partition + ": " + count + " input lines, " + r.status()).iterator();
        } finally {
            deleteTree(work);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
