package io.footfall.runtime.stages.origin;

import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import java.util.List;

/** The declaration of {@code footfall.origin.file}: what the studio's form and the docs show. */
public final class FileOriginDefinition {
    public static final String ID = "footfall.origin.file";
    static final String PATH = "path";
    static final String GLOB = "fileGlob";
    static final String DATA_FORMAT = "dataFormat";
    static final String TEXT_FIELD = "textField";
    static final String CSV_HEADER = "csvHeader";
    static final String CSV_COLUMNS = "csvColumns";
    static final String CSV_DELIMITER = "csvDelimiter";
    static final String CSV_INFER_TYPES = "csvInferTypes";
    static final String TAIL = "tail";
    static final String POLL_MILLIS = "pollMillis";
    static final String MAX_LINE_LENGTH = "maxLineLength";

    private FileOriginDefinition() {
    }

    public static final StageDefinition DEFINITION = StageDefinition.builder(ID, 1, StageKind.ORIGIN)
            .label("File")
            .description("Reads JSON Lines, CSV or text files, one record per line, from a file or a directory; "
                    + "can keep following them for new lines and new files. Resumes after the last committed line.")
            .icon("file")
            .config(ConfigDef.builder(PATH, ConfigDef.Type.FILE_PATH).label("File or directory").required()
                    .defaultValue("sightings.jsonl")
                    .description("A file, or a directory whose matching files are read in name order. Relative "
                            + "paths are resolved against the pipeline file's folder.").build())
            .config(ConfigDef.builder(GLOB, ConfigDef.Type.STRING).label("File name pattern").defaultValue("*")
                    .description("For a directory: a glob on file names, e.g. *.jsonl or sightings-*.{jsonl,json}. "
                            + "Hidden files and files still being written (_tmp_*) are always skipped.").build())
            .config(ConfigDef.builder(DATA_FORMAT, ConfigDef.Type.CHOICE).label("Data format")
                    .choices(DataFormat.class).defaultValue(DataFormat.JSON.name())
                    .description("JSON: each line is one JSON object whose fields become the record's (JSON Lines). "
                            + "CSV: each line is a row. TEXT: the line is kept as one string field for a parser "
                            + "stage downstream. Blank lines are skipped; files are read as UTF-8.").build())
            .config(ConfigDef.builder(TEXT_FIELD, ConfigDef.Type.FIELD_PATH).label("Line field").defaultValue("/text")
                    .dependsOn(DATA_FORMAT, DataFormat.TEXT.name())
                    .description("The field that holds the line's text.").build())
            .config(ConfigDef.builder(CSV_HEADER, ConfigDef.Type.BOOLEAN).label("First line is a header")
                    .defaultValue(true).group("CSV").dependsOn(DATA_FORMAT, DataFormat.CSV.name())
                    .description("The first line of every file names the columns.").build())
            .config(ConfigDef.builder(CSV_COLUMNS, ConfigDef.Type.LIST).label("Column names").defaultValue(List.of())
                    .group("CSV").dependsOn(CSV_HEADER, "false")
                    .description("The column names, in order, for files without a header line.").build())
            .config(ConfigDef.builder(CSV_DELIMITER, ConfigDef.Type.STRING).label("Delimiter").defaultValue(",")
                    .group("CSV").dependsOn(DATA_FORMAT, DataFormat.CSV.name())
                    .description("The one character between cells (\\t for a tab). Cells may be quoted with \".")
                    .build())
            .config(ConfigDef.builder(CSV_INFER_TYPES, ConfigDef.Type.BOOLEAN).label("Numbers as numbers")
                    .defaultValue(true).group("CSV").dependsOn(DATA_FORMAT, DataFormat.CSV.name())
                    .description("Numeric cells become LONG or DOUBLE fields, empty cells null.").build())
            .config(ConfigDef.builder(TAIL, ConfigDef.Type.BOOLEAN).label("Keep following").defaultValue(false)
                    .group("Tail")
                    .description("Keep reading lines appended to the last file and files added to the directory "
                            + "until the pipeline is stopped. A file is finished once a file sorting after it "
                            + "appears (rolled logs). Without it the pipeline ends after the last line.").build())
            .config(ConfigDef.builder(POLL_MILLIS, ConfigDef.Type.INTEGER).label("Poll interval (ms)")
                    .defaultValue(200).range(10, 60_000).group("Tail").dependsOn(TAIL, "true")
                    .description("How often to look for new data while following.").build())
            .config(ConfigDef.builder(MAX_LINE_LENGTH, ConfigDef.Type.INTEGER).label("Maximum line length (bytes)")
                    .defaultValue(1 << 20).range(16, 1 << 30).group("Advanced")
                    .description("A longer line is skipped and reported as an error record.").build())
            .factory(FileOrigin::new)
            .build();
}
