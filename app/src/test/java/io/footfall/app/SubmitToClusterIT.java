package io.footfall.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.analytics.cli.BundledPipeline;
import io.footfall.runtime.engine.PipelineRunner;
import io.footfall.runtime.engine.PipelineValidator;
import io.footfall.runtime.engine.RunResult;
import io.footfall.runtime.engine.ValidationResult;
import io.footfall.runtime.floorplan.FloorplanGeometry;
import io.footfall.runtime.floorplan.FloorplanJson;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineJson;
import io.footfall.simulator.Simulation;
import io.footfall.simulator.SimulationFiles;
import io.footfall.simulator.SimulationSettings;
import io.footfall.spark.cluster.LocalSparkCluster;
import io.footfall.spark.submit.ApplicationJar;
import io.footfall.spark.submit.ClusterSubmission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standard analytics pipeline on a simulated file, run once locally and once as a Spark application
 * on a real standalone cluster (master and worker JVMs): the four CONTRACT section 4 outputs are identical.
 */
class SubmitToClusterIT {
    private static final Path ROOT = Path.of(System.getProperty("footfall.repo.root", "..")).toAbsolutePath().normalize();
    private static final List<String> OUTPUTS = List.of("positions.jsonl", "zone_stats.csv", "heatmap.json", "flows.csv");

    @TempDir
    Path tmp;

    @Test
    void theStandardPipelineGivesTheSameResultsOnAClusterAsLocally() throws Exception {
        Path floorplan = ROOT.resolve("floorplans/medium-mall.json");
        Path sim = tmp.resolve("sim");
        // The simulation closes its output when it finishes.
        new Simulation(FloorplanGeometry.of(FloorplanJson.load(floorplan)),
                SimulationSettings.defaults().withDuration(10 * 60_000L).withShoppersPerHour(600).withSeed(7))
                .run(new SimulationFiles(sim), done -> { });
        Path sightings = sim.resolve(SimulationFiles.SIGHTINGS);
        assertThat(Files.size(sightings)).isPositive();

        PipelineDefinition pipeline = BundledPipeline.load().withFloorplan(floorplan.toString());
        Path pipelineFile = tmp.resolve("standard.footfall.json");
        PipelineJson.write(pipeline, pipelineFile);
        Path local = tmp.resolve("local");
        Path cluster = tmp.resolve("cluster");
        Map<String, String> params = Map.of("sightings", sightings.toString(), "salt", "fixed-for-comparison");

        ValidationResult v = PipelineValidator.withDefaultRegistry().validate(pipeline,
                with(params, "outputDir", local.toString()), pipelineFile, tmp, false);
        assertThat(v.errors()).isEmpty();
        RunResult localRun = PipelineRunner.builder(v.plan()).offsetFile(tmp.resolve("local.offset"))
                .errorFile(local.resolve("errors.jsonl")).resetOffset(true).build().run();
        assertThat(localRun.succeeded()).as(localRun.message()).isTrue();

        try (LocalSparkCluster spark = LocalSparkCluster.start(tmp.resolve("spark"), 1, "1536m", Duration.ofSeconds(180))) {
            System.setProperty("footfall.submit.executorMemory", "1g");
            Path jar = ApplicationJar.build(tmp.resolve("app.jar"));
            List<String> partitions = new ClusterSubmission(pipeline, pipelineFile,
                    with(params, "outputDir", cluster.toString()), spark.masterUrl(), 1, "device", "outputDir")
                    .run(jar, m -> { });
            assertThat(partitions).singleElement().asString().contains("partition 0").contains("FINISHED");
        }
        for (String output : OUTPUTS) {
            assertThat(Files.readString(cluster.resolve(output))).as(output).isEqualTo(Files.readString(local.resolve(output)));
        }
        assertThat(Files.readAllLines(local.resolve("positions.jsonl"))).hasSizeGreaterThan(100);
    }

    private static Map<String, String> with(Map<String, String> params, String key, String value) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>(params);
        m.put(key, value);
        return m;
    }
}
