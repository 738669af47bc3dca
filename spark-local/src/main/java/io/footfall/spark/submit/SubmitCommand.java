package io.footfall.spark.submit;

import io.footfall.runtime.cli.FootfallSubcommand;
import io.footfall.runtime.engine.PipelineValidator;
import io.footfall.runtime.engine.ValidationResult;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineFormatException;
import io.footfall.runtime.pipeline.PipelineJson;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code footfall submit PIPELINE --master spark://HOST:PORT}: the pipeline as a Spark application. */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = {"Run a pipeline as an application on a Spark cluster (spark://…, yarn or k8s://… masters).",
                "The pipeline must read a file; its input and output folders must be reachable from the executors.",
                "Try it on a local cluster: footfall cluster start"})
public final class SubmitCommand implements FootfallSubcommand {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PIPELINE", description = "The pipeline file (*.footfall.json).")
    Path pipelineFile;

    @Option(names = "--master", required = true, description = "The cluster: spark://HOST:PORT, yarn, k8s://… or local[N].")
    String master;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Set a pipeline parameter (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--partitions", description = "Partitions to split the input into (default ${DEFAULT-VALUE}: the "
            + "same results as a local run).")
    int partitions = 1;

    @Option(names = "--partition-key", description = "With several partitions, the JSON field that keeps related "
            + "records together (default ${DEFAULT-VALUE}).")
    String partitionKey = "device";

    @Option(names = "--output-param", description = "The pipeline parameter naming the output folder "
            + "(default ${DEFAULT-VALUE}).")
    String outputParameter = "outputDir";

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PipelineDefinition pipeline;
        try {
            pipeline = PipelineJson.read(pipelineFile);
        } catch (PipelineFormatException e) {
            e.problems().forEach(p -> err.println("footfall submit: " + pipelineFile + ": " + p));
            return 2;
        }
        ValidationResult validation = PipelineValidator.withDefaultRegistry()
                .validate(pipeline, params, pipelineFile.toAbsolutePath(), pipelineFile.toAbsolutePath().getParent(), false);
        if (!validation.isValid()) {
            validation.errors().forEach(i -> err.println("footfall submit: " + i));
            return 2;
        }
        if (partitions < 1) {
            err.println("footfall submit: --partitions must be at least 1");
            return 2;
        }
        ClusterSubmission submission = new ClusterSubmission(pipeline, pipelineFile, params, master, partitions,
                partitionKey, outputParameter);
        try {
            submission.fileOrigin();
            submission.input(submission.fileOrigin());
            submission.executorParams();
        } catch (IllegalArgumentException e) {
            err.println("footfall submit: " + e.getMessage());
            return 2;
        }
        Path jar = Files.createTempDirectory("footfall-submit").resolve("footfall-" + pipeline.id() + ".jar");
        out.println("footfall submit: building the application jar …");
        out.flush();
        ApplicationJar.build(jar);
        out.printf("footfall submit: %s (%.1f MB)%n", jar, Files.size(jar) / 1e6);
        long start = System.nanoTime();
        try {
            List<String> partitionsDone = submission.run(jar, m -> {
                out.println("footfall submit: " + m);
                out.flush();
            });
            partitionsDone.forEach(p -> out.println("footfall submit: " + p));
            out.printf("footfall submit: done in %.1f s%n", (System.nanoTime() - start) / 1e9);
            return 0;
        } catch (RuntimeException e) {
            err.println("footfall submit: the application failed: " + rootMessage(e));
            return 1;
        } finally {
            Files.deleteIfExists(jar);
            Files.deleteIfExists(jar.getParent());
        }
    }

    private static String rootMessage(Throwable t) {
        String message = t.getMessage();
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == t ? message : message + " (caused by " + root.getMessage() + ")";
    }
}
