package io.footfall.runtime.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.analytics.cli.BundledPipeline;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.engine.PipelineValidator;
import io.footfall.runtime.engine.ValidationResult;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineJson;
import io.footfall.runtime.stage.StageRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandardPipelineTest {
    @TempDir
    Path dir;

    @Test
    void theBundledPipelineIsValidOverTheMediumMallAndEveryStageInitialises() throws Exception {
        Path file = BundledPipeline.file().orElseThrow();
        PipelineDefinition pipeline = PipelineJson.read(file);
        assertThat(pipeline.floorplan()).isEqualTo("../floorplans/medium-mall.json");
        Path sightings = Files.writeString(dir.resolve("s.jsonl"), "");
        ValidationResult result = PipelineValidator.withDefaultRegistry().validateFile(file,
                Map.of("sightings", sightings.toString(), "outputDir", dir.toString()), true);
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void everyAnalyticsStageIsInTheAnalyticsCategory() {
        assertThat(StageRegistry.defaultRegistry().all()).filteredOn(d -> d.id().startsWith("footfall.analytics."))
                .hasSizeGreaterThanOrEqualTo(16).extracting(StageDefinition::category).containsOnly("Analytics");
    }
}
