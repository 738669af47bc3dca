package io.footfall.runtime.cli;

import io.footfall.runtime.engine.ValidationResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code footfall validate PIPELINE}: exit 0, or every problem on its own line and exit 2. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate a pipeline; exit 0, or every problem on its own line (exit 2).")
public final class ValidateCommand implements FootfallSubcommand {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PIPELINE", description = "The pipeline file (*.footfall.json).")
    Path pipeline;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Set a pipeline parameter (repeatable).")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--deep", description = "Also create every stage and run its own checks (init), e.g. that input files exist.")
    boolean deep;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ValidationResult result = PipelineFileArgument.validate(pipeline, parameters, deep, out, err);
        if (!result.isValid()) {
            err.println(pipeline + ": " + result.errors().size() + " problem(s); the pipeline cannot run");
            err.flush();
            return 2;
        }
        out.println(pipeline + ": valid (" + result.plan().stages().size() + " stages"
                + (result.warnings().isEmpty() ? "" : ", " + result.warnings().size() + " warning(s)") + ")");
        out.flush();
        return 0;
    }
}
