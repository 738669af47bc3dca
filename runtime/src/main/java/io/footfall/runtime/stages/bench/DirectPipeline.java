package io.footfall.runtime.stages.bench;

import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.api.Destination;
import io.footfall.runtime.api.Origin;
import io.footfall.runtime.api.Processor;
import io.footfall.runtime.api.Stage;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageException;
import io.footfall.runtime.engine.CountingStageMetrics;
import io.footfall.runtime.engine.LaneBatchMaker;
import io.footfall.runtime.engine.RuntimeStageContext;
import io.footfall.runtime.stage.StageRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * file origin → filter → file destination, driven batch by batch on the calling thread the way a runner
 * does it (lane outputs as the runner keeps them, real stage contexts), without the runner's queue and threads. Used
 * by the benchmark to measure the stages themselves.
 */
final class DirectPipeline {
    private final Origin origin;
    private final Processor filter;
    private final Destination destination;
    private final List<Stage> stages = new ArrayList<>();
    private final AtomicLong errors = new AtomicLong();
    private final int batchSize;
    private final int depth;

    DirectPipeline(Path input, String condition, Path outputDir, int batchSize) {
        this(input, condition, outputDir, batchSize, 3);
    }

    /** {@code depth} 1 runs only the origin, 2 origin and filter, 3 the whole pipeline (for a cost breakdown). */
    DirectPipeline(Path input, String condition, Path outputDir, int batchSize, int depth) {
        this.batchSize = batchSize;
        this.depth = depth;
        origin = (Origin) init("footfall.origin.file", "origin",
                Map.of("path", input.toString(), "fileGlob", "*.jsonl", "dataFormat", "JSON"));
        filter = (Processor) init("footfall.processor.filter", "filter", Map.of("condition", condition));
        destination = (Destination) init("footfall.destination.file", "out",
                Map.of("directory", outputDir.toString(), "filePrefix", "kept", "maxFileSizeMb", 256));
    }

    private Stage init(String type, String name, Map<String, Object> config) {
        StageDefinition d = StageRegistry.defaultRegistry().find(type).orElseThrow();
        Map<String, Object> merged = new LinkedHashMap<>(d.defaults());
        merged.putAll(config);
        Stage stage = d.create();
        RuntimeStageContext context = RuntimeStageContext.builder(name, new StageConfig(merged))
                .metrics(new CountingStageMetrics()).errorSink(r -> errors.incrementAndGet()).build();
        List<ConfigIssue> issues = stage.init(context);
        if (!issues.isEmpty()) {
            throw new IllegalStateException("benchmark stage '" + name + "' did not initialise: " + issues);
        }
        stages.add(stage);
        return stage;
    }

    /** Runs until the origin is done; returns {records read, records written}. */
    long[] run() throws StageException {
        long read = 0;
        long written = 0;
        String offset = null;
        // Like the runner: a new origin output per batch (it crosses threads there), sized for the batch; the
        // processor's output is reused from batch to batch.
        LaneBatchMaker filterOut = new LaneBatchMaker("filter", List.of(StageDefinition.DEFAULT_LANE));
        try {
            while (true) {
                LaneBatchMaker originOut = new LaneBatchMaker("origin", List.of(StageDefinition.DEFAULT_LANE), batchSize);
                offset = origin.produce(offset, batchSize, originOut);
                if (offset == null) {
                    break;
                }
                List<io.footfall.runtime.api.Record> records = originOut.lane(StageDefinition.DEFAULT_LANE);
                read += records.size();
                if (depth < 2) {
                    continue;
                }
                filterOut.clear();
                filter.process(Batch.of(records, offset), filterOut);
                List<io.footfall.runtime.api.Record> kept = filterOut.lane(StageDefinition.DEFAULT_LANE);
                written += kept.size();
                if (depth > 2) {
                    destination.write(Batch.of(kept, offset));
                }
            }
        } finally {
            stages.forEach(Stage::destroy);
        }
        return new long[] {read, written, errors.get()};
    }
}
