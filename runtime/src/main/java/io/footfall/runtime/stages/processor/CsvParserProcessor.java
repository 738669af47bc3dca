package io.footfall.runtime.stages.processor;

import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.FieldPath;
import io.footfall.runtime.api.OnRecordErrorException;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.RecordProcessor;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.stages.ConfigReader;
import io.footfall.runtime.stages.csv.CsvRow;
import io.footfall.runtime.stages.csv.Delimiters;
import java.util.List;

/** Splits a string field holding one CSV line into named fields. */
public final class CsvParserProcessor extends RecordProcessor {
    public static final String ID = "footfall.processor.csvParser";

    public static final StageDefinition DEFINITION = StageDefinition.builder(ID, 1, StageKind.PROCESSOR)
            .label("CSV parser")
            .description("Splits one line of CSV text in a string field into named fields.")
            .icon("csv")
            .config(ConfigDef.builder("field", ConfigDef.Type.FIELD_PATH).label("Field to parse").required()
                    .defaultValue("/text").description("The string field holding one CSV line.").build())
            .config(ConfigDef.builder("columns", ConfigDef.Type.LIST).label("Column names").required()
                    .description("The name of each column, in order, e.g. ts, sensor, device, rssi, kind. "
                            + "A line with a different number of cells is an error record.").build())
            .config(ConfigDef.builder("target", ConfigDef.Type.FIELD_PATH).label("Target field").defaultValue("/")
                    .description("Where the columns go: '/' adds them to the record's top level.").build())
            .config(ConfigDef.builder("delimiter", ConfigDef.Type.STRING).label("Delimiter").defaultValue(",")
                    .description("The one character between cells (use \\t for a tab).").group("Format").build())
            .config(ConfigDef.builder("inferTypes", ConfigDef.Type.BOOLEAN).label("Numbers as numbers")
                    .defaultValue(true).group("Format")
                    .description("Cells that are whole or decimal numbers become LONG or DOUBLE fields and "
                            + "empty cells null; otherwise every cell is a string.").build())
            .config(ConfigDef.builder("removeSource", ConfigDef.Type.BOOLEAN).label("Remove the CSV text")
                    .defaultValue(true).description("Delete the source field after a successful parse.").build())
            .factory(CsvParserProcessor::new)
            .build();

    private FieldPath field;
    private FieldPath target;
    private List<String> columns;
    private CsvRow csv;
    private boolean removeSource;

    @Override
    protected void configure(StageConfig config) {
        ConfigReader c = new ConfigReader(config, this::issue);
        field = c.path("field");
        target = c.path("target");
        columns = config.getList("columns").stream().map(String::strip).toList();
        if (columns.isEmpty()) {
            c.issue("columns", "name at least one column");
        } else if (columns.stream().distinct().count() != columns.size()) {
            c.issue("columns", "column names must be unique: " + columns);
        }
        csv = new CsvRow(Delimiters.parse(c, "delimiter"), c.bool("inferTypes", true));
        removeSource = c.bool("removeSource", true);
    }

    @Override
    protected void process(Record record, BatchMaker out) throws OnRecordErrorException {
        Field source = record.get(field);
        if (source == null || source.type() != Field.Type.STRING) {
            throw new OnRecordErrorException("NOT_TEXT", "field '" + field + "' is "
                    + (source == null ? "missing" : "a " + source.type()) + ", not a CSV line");
        }
        Field row;
        try {
            row = csv.toFields(columns, csv.split(source.asString()));
        } catch (IllegalArgumentException e) {
            throw new OnRecordErrorException("CSV_COLUMNS", "field '" + field + "' " + e.getMessage());
        }
        if (removeSource && !field.toString().equals(target.toString())) {
            record.delete(field.toString());
        }
        Fields.put(record, target, row);
        out.add(record);
    }
}
