package io.footfall.runtime.cli;

import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.engine.PipelineValidator;
import io.footfall.runtime.engine.ValidationResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/** Reads and validates the PIPELINE argument the run, validate and preview commands share. */
final class PipelineFileArgument {

    private PipelineFileArgument() {
    }

    /** Validates the file, printing every problem (prefixed with the file) on its own line to {@code err}. */
    static ValidationResult validate(Path file, Map<String, String> parameters, boolean deep, PrintWriter out,
                                     PrintWriter err) {
        ValidationResult result = PipelineValidator.withDefaultRegistry().validateFile(file, parameters, deep);
        for (ConfigIssue issue : result.issues()) {
            String line = issue.message().startsWith(file.toString()) ? issue.severity() + ": " + issue.message()
                    : file + ": " + issue;
            (issue.isError() ? err : out).println(line);
        }
        out.flush();
        err.flush();
        return result;
    }
}
