package io.footfall.runtime.stages.csv;

import io.footfall.runtime.stages.ConfigReader;

/** Reads a one-character CSV delimiter configuration, accepting {@code \t} for a tab. */
public final class Delimiters {
    private Delimiters() {
    }

    public static char parse(ConfigReader c, String name) {
        String d = c.optionalString(name, ",");
        if (d.equals("\\t")) {
            return '\t';
        }
        if (d.length() != 1 || d.charAt(0) == '"' || d.charAt(0) == '\n' || d.charAt(0) == '\r') {
            c.issue(name, "must be one character other than a quote or newline, not '" + d + "'");
            return ',';
        }
        return d.charAt(0);
    }
}
