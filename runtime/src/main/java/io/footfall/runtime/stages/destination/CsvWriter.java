package io.footfall.runtime.stages.destination;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.stages.json.FieldJson;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * CSV with a header row: one cell per configured column, read from the record's top-level field of that
 * name. Missing and null fields are empty cells; maps and lists are written as JSON text.
 */
final class CsvWriter implements RecordFormatWriter {
    private static final CsvFactory FACTORY = CsvFactory.builder().build();

    private final CsvGenerator generator;
    private final List<String> columns;

    CsvWriter(OutputStream out, List<String> columns, char delimiter, boolean header) throws IOException {
        this.columns = columns;
        CsvSchema.Builder schema = CsvSchema.builder().setColumnSeparator(delimiter).setUseHeader(header);
        columns.forEach(schema::addColumn);
        this.generator = FACTORY.createGenerator(out);
        this.generator.setSchema(schema.build());
    }

    @Override
    public void write(Record record) throws IOException {
        Field root = record.root();
        generator.writeStartArray();
        for (String column : columns) {
            Field f = root.type() == Field.Type.MAP ? root.asMap().get(column) : null;
            if (f == null || f.isNull()) {
                generator.writeNull();
            } else if (f.type() == Field.Type.MAP || f.type() == Field.Type.LIST) {
                generator.writeString(FieldJson.toJson(f));
            } else {
                generator.writeString(f.asString());
            }
        }
        generator.writeEndArray();
    }

    @Override
    public int buffered() {
        return generator.getOutputBuffered();
    }

    @Override
    public void flush() throws IOException {
        generator.flush();
    }

    @Override
    public void close() throws IOException {
        generator.close();
    }
}
