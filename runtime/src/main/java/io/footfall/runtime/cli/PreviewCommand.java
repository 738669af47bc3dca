package io.footfall.runtime.cli;

import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.engine.PipelinePreview;
import io.footfall.runtime.engine.PreviewResult;
import io.footfall.runtime.engine.StagePreview;
import io.footfall.runtime.engine.ValidationResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code footfall preview PIPELINE [--records N]}: each stage's output for the first N records, nothing written. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Each stage's output for the first N records, without writing to destinations.")
public final class PreviewCommand implements FootfallSubcommand {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PIPELINE", description = "The pipeline file (*.footfall.json).")
    Path pipeline;

    @Option(names = "--records", paramLabel = "N", defaultValue = "10", description = "How many records (default ${DEFAULT-VALUE}).")
    int records;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Set a pipeline parameter (repeatable).")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "The longest to wait for the origin's records (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (records <= 0 || timeoutSeconds <= 0) {
            err.println("footfall preview: --records and --timeout must be positive");
            err.flush();
            return 2;
        }
        ValidationResult validation = PipelineFileArgument.validate(pipeline, parameters, false, out, err);
        if (!validation.isValid()) {
            err.println("footfall preview: " + pipeline + " has " + validation.errors().size() + " problem(s)");
            err.flush();
            return 2;
        }
        PreviewResult result = PipelinePreview.builder(validation.plan()).records(records)
                .timeout(Duration.ofSeconds(timeoutSeconds)).run();
        if (!result.issues().isEmpty() && result.stages().isEmpty()) {
            for (ConfigIssue issue : result.issues()) {
                err.println(pipeline + ": " + issue);
            }
            err.flush();
            return 2;
        }
        for (StagePreview stage : result.stages()) {
            print(stage, out);
        }
        if (result.timedOut()) {
            out.println("(the origin gave fewer than " + records + " records within " + timeoutSeconds + " s)");
        }
        out.flush();
        if (result.failure() != null) {
            err.println("footfall preview: " + result.failure());
            err.flush();
            return 1;
        }
        return 0;
    }

    private static void print(StagePreview stage, PrintWriter out) {
        out.println("== " + stage.name() + " (" + stage.type() + ")");
        if (stage.kind() == StageKind.DESTINATION || stage.kind() == StageKind.EXECUTOR) {
            section(out, "input, not written", stage.input(), false);
        }
        stage.output().forEach((lane, records) -> section(out, "lane " + lane, records, false));
        if (!stage.events().isEmpty()) {
            section(out, "events", stage.events(), false);
        }
        if (!stage.errors().isEmpty()) {
            section(out, "errors", stage.errors(), true);
        }
        out.println();
    }

    private static void section(PrintWriter out, String title, List<Record> records, boolean withError) {
        out.println("-- " + title + ": " + records.size() + " record(s)");
        if (!records.isEmpty()) {
            RecordTable.lines(records, withError).forEach(line -> out.println("   " + line));
        }
    }
}
