package io.footfall.runtime.cli;

import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.engine.PipelineRunner;
import io.footfall.runtime.engine.PipelineState;
import io.footfall.runtime.engine.RunResult;
import io.footfall.runtime.engine.ValidationResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code footfall run PIPELINE [--param NAME=VALUE]...}: runs until the origin ends (or Ctrl-C, which
 * stops cleanly), resuming after the last committed offset. Exit 0 done, 2 invalid pipeline, 1 a stage failed.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a pipeline headless until its origins end; Ctrl-C stops it cleanly.",
        footer = {"", "A rerun resumes after the last fully written batch (the offset is kept in "
                + "<pipeline>.offset beside the pipeline file, or in --state-dir); --reset-offset starts over."})
public final class RunCommand implements FootfallSubcommand {
    private static final long STOP_PATIENCE_SECONDS = 30;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PIPELINE", description = "The pipeline file (*.footfall.json).")
    Path pipeline;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Set a pipeline parameter (repeatable).")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Keep the offset and the default error file here instead of beside the pipeline file.")
    Path stateDirectory;

    @Option(names = "--reset-offset", description = "Forget the committed offset and start from the beginning.")
    boolean resetOffset;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ValidationResult validation = PipelineFileArgument.validate(pipeline, parameters, false, out, err);
        if (!validation.isValid()) {
            err.println("footfall run: " + pipeline + " has " + validation.errors().size() + " problem(s); not started");
            err.flush();
            return 2;
        }
        PipelineRunner runner = PipelineRunner.builder(validation.plan()).stateDirectory(stateDirectory)
                .resetOffset(resetOffset).build();
        CountDownLatch reported = new CountDownLatch(1);
        Thread onCtrlC = new Thread(() -> {
            runner.stop();
            try {
                // Let the main thread print the summary before the JVM goes.
                runner.awaitResult(STOP_PATIENCE_SECONDS, TimeUnit.SECONDS);
                reported.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "footfall-stop");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        RunResult result;
        try {
            runner.start();
            if (runner.offsetNote() != null) {
                err.println("footfall run: " + runner.offsetNote());
                err.flush();
            }
            if (LiveProgress.onTerminal() && runner.state() == PipelineState.RUNNING) {
                try (LiveProgress progress = new LiveProgress(runner, out)) {
                    progress.start();
                    result = runner.awaitResult();
                }
            } else {
                result = runner.awaitResult();
            }
            report(runner, result, out, err);
        } finally {
            reported.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is already running and waits for the summary above.
            }
        }
        if (result.failedAtInit()) {
            return 2;
        }
        return result.status() == PipelineState.FAILED ? 1 : 0;
    }

    private void report(PipelineRunner runner, RunResult result, PrintWriter out, PrintWriter err) {
        if (result.failedAtInit()) {
            for (ConfigIssue issue : result.issues()) {
                err.println(pipeline + ": " + issue);
            }
            err.println("footfall run: " + result.message());
            err.flush();
            return;
        }
        MetricsTable.lines(result.metrics()).forEach(out::println);
        out.flush();
        if (result.status() == PipelineState.FAILED) {
            err.println("footfall run: " + result.message());
        }
        if (result.metrics().errorRecords() > 0) {
            err.println("footfall run: " + result.metrics().errorRecords() + " error record(s) written to "
                    + runner.errorStreamDescription());
        }
        err.flush();
    }
}
