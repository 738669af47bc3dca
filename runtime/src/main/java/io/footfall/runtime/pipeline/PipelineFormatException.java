package io.footfall.runtime.pipeline;

import java.util.List;

/** A pipeline file that cannot be read: not JSON, an unknown format version, a wrong shape. */
public class PipelineFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public PipelineFormatException(String source, List<String> problems) {
        super(source + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
