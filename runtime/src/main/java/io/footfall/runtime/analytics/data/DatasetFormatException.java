package io.footfall.runtime.analytics.data;

import java.nio.file.Path;

/** A data set file that does not have the documented layout; the message names the file and line. */
public class DatasetFormatException extends RuntimeException {

    public DatasetFormatException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }

    public DatasetFormatException(Path file, int line, String problem, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
    }
}
