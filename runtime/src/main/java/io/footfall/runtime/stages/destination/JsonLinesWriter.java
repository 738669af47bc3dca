package io.footfall.runtime.stages.destination;

import com.fasterxml.jackson.core.JsonGenerator;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.stages.json.FieldJson;
import io.footfall.runtime.stages.json.FieldJsonWriter;
import java.io.IOException;
import java.io.OutputStream;

/** JSON Lines: each record's field tree (or what a mapper makes of the record) as one JSON object per line. */
final class JsonLinesWriter implements RecordFormatWriter {
    private final JsonGenerator generator;
    private final RecordJson body;

    /** How a record becomes JSON: its fields (file destination) or an envelope (error file). */
    @FunctionalInterface
    interface RecordJson {
        void write(Record record, JsonGenerator g) throws IOException;
    }

    /** The record's fields, with field names prepared once per file. */
    static RecordJson fields() {
        FieldJsonWriter writer = new FieldJsonWriter();
        return (record, g) -> writer.write(record.root(), g);
    }

    private JsonLinesWriter(OutputStream out, RecordJson body) throws IOException {
        this.generator = FieldJson.FACTORY.createGenerator(out);
        // The runner asks for a flush per batch; passing it to the file stream would be a system call each time.
        this.generator.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        // Lines are separated by the newline written after each record, not Jackson's default space.
        this.generator.setRootValueSeparator(null);
        this.body = body;
    }

    static RecordFormatWriter.Factory factory(RecordJson body) {
        return out -> new JsonLinesWriter(out, body);
    }

    @Override
    public void write(Record record) throws IOException {
        body.write(record, generator);
        generator.writeRaw('\n');
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
