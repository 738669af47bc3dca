package io.footfall.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.engine.PipelinePreview;
import io.footfall.runtime.engine.PipelineValidator;
import io.footfall.runtime.engine.PreviewResult;
import io.footfall.runtime.engine.ValidationResult;
import io.footfall.runtime.pipeline.Edge;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.StageInstance;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preview through a Spark stage: the context starts, the first records come back, nothing hangs. */
class SparkPipelinePreviewTest {

    @TempDir
    Path tmp;

    @Test
    void previewRunsTheFirstRecordsThroughTheSparkEvaluator() {
        PipelineDefinition pipeline = new PipelineDefinition(null, "spark-preview", "Spark preview", null, null,
                List.of(), null, null, List.of(
                        new StageInstance("gen", "footfall.origin.generator", 1, null, Map.of("records", 100), null),
                        new StageInstance("spark", SparkStageLibrary.EVALUATOR, 1, null,
                                Map.of("master", "local[2]", "transformer", "identity"), null),
                        new StageInstance("out", "footfall.destination.trash", 1, null, Map.of(), null)),
                List.of(new Edge("gen", "output", "spark"), new Edge("spark", "output", "out")));
        ValidationResult v = PipelineValidator.withDefaultRegistry().validate(pipeline, Map.of(), null, tmp, false);
        assertThat(v.errors()).isEmpty();

        long start = System.nanoTime();
        PreviewResult preview = PipelinePreview.builder(v.plan()).records(10).timeout(Duration.ofSeconds(120)).run();
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(preview.failure()).isNull();
        assertThat(preview.timedOut()).isFalse();
        assertThat(preview.stage("spark")).hasValueSatisfying(s -> {
            assertThat(s.input()).hasSize(10);
            assertThat(s.output().get("output")).hasSize(10);
            assertThat(s.output().get("output")).extracting(r -> r.getString("/device"))
                    .containsExactlyElementsOf(s.input().stream().map(r -> r.getString("/device")).toList());
        });
        System.out.printf("preview through Spark: %d ms, of which the context start-up took %d ms%n",
                tookMillis, SharedSparkContext.lastStartMillis());
        assertThat(SharedSparkContext.lastStartMillis()).isPositive().isLessThanOrEqualTo(tookMillis);
    }
}
