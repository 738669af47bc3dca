package io.footfall.runtime.stages.destination;

import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.Destination;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageException;
import io.footfall.runtime.stages.ConfigReader;
import io.footfall.runtime.stages.csv.Delimiters;
import java.io.IOException;
import java.util.List;

/**
 * Writes records as JSON Lines or CSV into rolling files and emits a {@code file-closed} event (with
 * {@code /path}, {@code /records}, {@code /bytes}) for each completed file. Each batch is flushed to the
 * operating system before the runner commits its offset. Writes nothing while previewing. Its
 * configuration is declared in {@link FileDestinationDefinition}.
 */
public final class FileDestination extends AbstractStage implements Destination {
    /** The file formats the destination writes. */
    public enum Format { JSON, CSV }

    private RollingFileWriter files;
    private Format format;
    private List<String> csvColumns;

    @Override
    protected void configure(StageConfig config) {
        ConfigReader c = new ConfigReader(config, this::issue);
        format = c.choice(FileDestinationDefinition.DATA_FORMAT, Format.class, Format.JSON);
        List<String> configuredColumns = config.getList(FileDestinationDefinition.CSV_COLUMNS);
        csvColumns = configuredColumns.isEmpty() ? null : configuredColumns;
        char delimiter = Delimiters.parse(c, FileDestinationDefinition.CSV_DELIMITER);
        boolean header = c.bool(FileDestinationDefinition.CSV_HEADER, true);
        RecordFormatWriter.Factory writer = format == Format.JSON
                ? JsonLinesWriter.factory(JsonLinesWriter.fields())
                : out -> new CsvWriter(out, csvColumns, delimiter, header);
        files = RollingFiles.create(c, context(), format == Format.CSV ? ".csv" : ".jsonl", writer);
    }

    @Override
    public void write(Batch batch) throws StageException {
        if (context().isPreview() || batch.size() == 0) {
            return;
        }
        if (csvColumns == null) {
            csvColumns = columnsOf(batch.records().get(0));
        }
        try {
            for (Record r : batch.records()) {
                files.write(r);
            }
            files.flush();
        } catch (IOException e) {
            throw new StageException("FILE_WRITE", "cannot write to " + files.directory() + ": " + e, e);
        }
    }

    /** Without configured columns, a CSV file takes the first record's top-level field names. */
    private static List<String> columnsOf(Record first) {
        Field root = first.root();
        return root.type() == Field.Type.MAP ? List.copyOf(root.asMap().keySet()) : List.of("value");
    }

    @Override
    public void destroy() {
        RollingFiles.closeQuietly(files, context());
    }
}
