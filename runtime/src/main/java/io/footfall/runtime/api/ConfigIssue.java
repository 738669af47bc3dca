package io.footfall.runtime.api;

/**
 * A problem with a pipeline or a stage's configuration, pointing at the exact place so the studio can
 * show it on the field: {@code stage} is the stage instance name (null for pipeline-level issues),
 * {@code config} the configuration name (null when the issue is about the stage as a whole).
 */
public record ConfigIssue(Severity severity, String stage, String config, String message) {

    public enum Severity { ERROR, WARNING }

    public static ConfigIssue error(String stage, String config, String message) {
        return new ConfigIssue(Severity.ERROR, stage, config, message);
    }

    public static ConfigIssue warning(String stage, String config, String message) {
        return new ConfigIssue(Severity.WARNING, stage, config, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line for a terminal: {@code ERROR stage 'parse' field 'field': must be set}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(severity.name());
        if (stage != null) {
            b.append(" stage '").append(stage).append('\'');
        }
        if (config != null) {
            b.append(" field '").append(config).append('\'');
        }
        return b.append(": ").append(message).toString();
    }
}
