package io.footfall.runtime.stages.destination;

import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import java.util.List;

/** The declaration of {@code footfall.destination.file}. */
public final class FileDestinationDefinition {
    public static final String ID = "footfall.destination.file";
    static final String DATA_FORMAT = "dataFormat";
    static final String CSV_COLUMNS = "csvColumns";
    static final String CSV_DELIMITER = "csvDelimiter";
    static final String CSV_HEADER = "csvHeader";

    private FileDestinationDefinition() {
    }

    public static final StageDefinition DEFINITION = build();

    private static StageDefinition build() {
        StageDefinition.Builder b = StageDefinition.builder(ID, 1, StageKind.DESTINATION)
                .label("File")
                .description("Writes records to JSON Lines or CSV files that roll by size or count; announces "
                        + "each completed file with a 'file-closed' event (/path, /records, /bytes).")
                .icon("file")
                .producesEvents();
        RollingFiles.configs("out", "records").forEach(b::config);
        return b
                .config(ConfigDef.builder(DATA_FORMAT, ConfigDef.Type.CHOICE).label("Data format")
                        .choices(FileDestination.Format.class).defaultValue(FileDestination.Format.JSON.name())
                        .description("JSON: one JSON object per line (.jsonl). CSV: a header row, then one row "
                                + "per record (.csv).").build())
                .config(ConfigDef.builder(CSV_COLUMNS, ConfigDef.Type.LIST).label("Columns").defaultValue(List.of())
                        .group("CSV").dependsOn(DATA_FORMAT, FileDestination.Format.CSV.name())
                        .description("Top-level fields to write, in order; empty takes the first record's "
                                + "fields. Missing fields are empty cells, maps and lists JSON text.").build())
                .config(ConfigDef.builder(CSV_DELIMITER, ConfigDef.Type.STRING).label("Delimiter").defaultValue(",")
                        .group("CSV").dependsOn(DATA_FORMAT, FileDestination.Format.CSV.name())
                        .description("The one character between cells (\\t for a tab).").build())
                .config(ConfigDef.builder(CSV_HEADER, ConfigDef.Type.BOOLEAN).label("Header row").defaultValue(true)
                        .group("CSV").dependsOn(DATA_FORMAT, FileDestination.Format.CSV.name())
                        .description("Start each file with the column names.").build())
                .factory(FileDestination::new)
                .build();
    }
}
