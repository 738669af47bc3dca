package io.footfall.spark.bench;

import io.footfall.runtime.analytics.cli.BundledPipeline;
import io.footfall.runtime.engine.PipelineRunner;
import io.footfall.runtime.engine.PipelineValidator;
import io.footfall.runtime.engine.RunResult;
import io.footfall.runtime.engine.ValidationResult;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineJson;
import io.footfall.spark.cluster.LocalSparkCluster;
import io.footfall.spark.submit.ApplicationJar;
import io.footfall.spark.submit.ClusterSubmission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bundled standard pipeline on one sightings file, three ways: the plain runner, a Spark application
 * on local[2], and a Spark application on a real one-worker standalone cluster started for the run.
 * <pre>java $(cat app/target/dist/jvm-flags) -cp "app/target/dist/lib/*" io.footfall.spark.bench.StandardPipelineOnSparkBench SIGHTINGS FLOORPLAN WORKDIR</pre>
 */
public final class StandardPipelineOnSparkBench {

    private StandardPipelineOnSparkBench() {
    }

    public static void main(String[] args) throws Exception {
        Path sightings = Path.of(args[0]).toAbsolutePath();
        Path floorplan = Path.of(args[1]).toAbsolutePath();
        Path work = Path.of(args[2]).toAbsolutePath();
        Files.createDirectories(work);
        PipelineDefinition pipeline = BundledPipeline.load().withFloorplan(floorplan.toString());
        Path pipelineFile = work.resolve("standard.footfall.json");
        PipelineJson.write(pipeline, pipelineFile);
        long lines;
        try (var l = Files.lines(sightings)) {
            lines = l.count();
        }
        System.out.printf("%,d sightings from %s%n", lines, sightings);

        long t0 = System.nanoTime();
        Map<String, String> local = params(sightings, work.resolve("out-runner"));
        ValidationResult v = PipelineValidator.withDefaultRegistry().validate(pipeline, local, pipelineFile, work, false);
        RunResult r = PipelineRunner.builder(v.plan()).offsetFile(work.resolve("runner.offset"))
                .errorFile(work.resolve("out-runner/errors.jsonl")).resetOffset(true).build().run();
        report("plain runner (no Spark)", t0, lines, r.succeeded());

        Path jar = ApplicationJar.build(work.resolve("app.jar"));
        t0 = System.nanoTime();
        var parts = new ClusterSubmission(pipeline, pipelineFile, params(sightings, work.resolve("out-local2")),
                "local[2]", 1, "device", "outputDir").run(jar, m -> { });
        report("Spark application, local[2]", t0, lines, parts.size() == 1);

        long start = System.nanoTime();
        try (LocalSparkCluster cluster = LocalSparkCluster.start(work.resolve("cluster"), 1, "2g", Duration.ofSeconds(180))) {
            System.out.printf("cluster start (master + worker JVMs): %.1f s%n", (System.nanoTime() - start) / 1e9);
            t0 = System.nanoTime();
            parts = new ClusterSubmission(pipeline, pipelineFile, params(sightings, work.resolve("out-cluster")),
                    cluster.masterUrl(), 1, "device", "outputDir").run(jar, m -> { });
            report("Spark application, 1-worker standalone cluster", t0, lines, parts.size() == 1);
        }
        for (String f : new String[] {"positions.jsonl", "zone_stats.csv", "heatmap.json", "flows.csv"}) {
            boolean same = Files.mismatch(work.resolve("out-runner/" + f), work.resolve("out-cluster/" + f)) < 0
                    && Files.mismatch(work.resolve("out-runner/" + f), work.resolve("out-local2/" + f)) < 0;
            System.out.printf("%-16s identical in all three runs: %s%n", f, same);
        }
    }

    private static Map<String, String> params(Path sightings, Path out) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("sightings", sightings.toString());
        p.put("outputDir", out.toString());
        p.put("salt", "benchmark");
        return p;
    }

    private static void report(String what, long startNanos, long lines, boolean ok) {
        double s = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf("%-48s %7.1f s  %,10.0f sightings/s  %s%n", what, s, lines / s, ok ? "ok" : "FAILED");
    }
}
