package io.footfall.runtime.analytics.cli;

import io.footfall.runtime.analytics.StageFloorplans;
import io.footfall.runtime.cli.FootfallSubcommand;
import io.footfall.runtime.engine.PipelineRunner;
import io.footfall.runtime.engine.PipelineValidator;
import io.footfall.runtime.engine.RunResult;
import io.footfall.runtime.engine.StageMetricsSnapshot;
import io.footfall.runtime.engine.ValidationResult;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineFormatException;
import io.footfall.runtime.api.ConfigIssue;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code footfall analyze --floorplan F --sightings FILE --out DIR}: runs the bundled standard pipeline
 * (over the given floorplan instead of its own) through the pipeline runner and writes positions.jsonl,
 * zone_stats.csv, heatmap.json and flows.csv (plus occupancy, capture rate, visitor counts, the error
 * stream as errors.jsonl and a summary in analysis.json) into DIR.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Run the bundled standard foot-traffic pipeline on a sightings file.")
public final class AnalyzeCommand implements FootfallSubcommand {

    @Spec
    CommandSpec spec;

    @Option(names = "--floorplan", required = true, paramLabel = "F", description = "The mall's floorplan (footfall-floorplan/1).")
    Path floorplan;

    @Option(names = "--sightings", required = true, paramLabel = "FILE", description = "Sightings, one JSON object per line.")
    Path sightings;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder for the results (created).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (!Files.isRegularFile(sightings)) {
            err.println("footfall analyze: --sightings " + sightings + ": no such file");
            return 2;
        }
        try {
            StageFloorplans.load(floorplan);
        } catch (IllegalArgumentException e) {
            err.println("footfall analyze: --floorplan " + e.getMessage());
            return 2;
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            err.println("footfall analyze: --out " + out + ": cannot create the folder: " + e.getMessage());
            return 2;
        }
        PipelineDefinition pipeline;
        try {
            pipeline = BundledPipeline.load().withFloorplan(floorplan.toAbsolutePath().toString());
        } catch (PipelineFormatException e) {
            err.println("footfall analyze: the bundled pipeline is broken: " + e.getMessage());
            return 1;
        }
        // A fresh random salt per run: pseudonyms are not linkable across runs, and evaluate can rebuild them.
        byte[] saltBytes = new byte[16];
        new SecureRandom().nextBytes(saltBytes);
        String salt = HexFormat.of().formatHex(saltBytes);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("sightings", sightings.toAbsolutePath().toString());
        params.put("outputDir", out.toAbsolutePath().toString());
        params.put("salt", salt);
        Optional<Path> file = BundledPipeline.file();
        Path base = file.map(Path::getParent).orElse(out.toAbsolutePath());
        ValidationResult validation = PipelineValidator.withDefaultRegistry()
                .validate(pipeline, params, file.orElse(null), base, false);
        if (!validation.isValid()) {
            validation.errors().forEach(i -> err.println("footfall analyze: " + i));
            return 2;
        }
        PipelineRunner runner = PipelineRunner.builder(validation.plan()).offsetFile(out.resolve(".analyze.offset"))
                .errorFile(out.resolve("errors.jsonl")).resetOffset(true).build();
        long started = System.nanoTime();
        RunResult result;
        try {
            result = runner.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("footfall analyze: interrupted");
            return 1;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!result.succeeded()) {
            result.issues().stream().map(ConfigIssue::toString).forEach(i -> err.println("footfall analyze: " + i));
            err.println("footfall analyze: the pipeline " + result.status() + ": " + result.message());
            return result.failedAtInit() ? 2 : 1;
        }
        AnalysisSummary summary = AnalysisSummary.of(result.metrics(), seconds, salt);
        try {
            summary.write(out.resolve("analysis.json"), sightings, floorplan);
        } catch (IOException e) {
            err.println("footfall analyze: cannot write " + out.resolve("analysis.json") + ": " + e.getMessage());
            return 1;
        }
        summary.print(stdout, out);
        try {
            Files.deleteIfExists(out.resolve(".analyze.offset"));
        } catch (IOException ignored) {
            // a stale offset file is harmless: the next analyze resets it
        }
        return 0;
    }

    static long recordsOut(RunResult r, String stage) {
        return r.metrics().stage(stage).map(StageMetricsSnapshot::recordsOut).orElse(0L);
    }
}
