package io.footfall.runtime.stages.origin;

/** How the file origin turns a line into a record. */
public enum DataFormat {
    /** The line as a string field (see {@code textField}), for a parser stage downstream. */
    TEXT,
    /** The line is one JSON object whose fields become the record's fields (JSON Lines). */
    JSON,
    /** The line is one CSV row; the first line of each file names the columns unless columns are given. */
    CSV
}
