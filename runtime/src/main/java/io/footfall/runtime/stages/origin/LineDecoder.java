package io.footfall.runtime.stages.origin;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.FieldPath;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.stages.csv.CsvRow;
import io.footfall.runtime.stages.json.FieldJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Turns one line's bytes into a record's field tree, per data format; a bad line throws {@link BadLine}. */
abstract class LineDecoder {

    /** A line that cannot become a record: the error code and what is wrong with it. */
    static final class BadLine extends Exception {
        private static final long serialVersionUID = 1L;
        final String code;

        BadLine(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }

    /** Whether the first line of each file is a header to read with {@link #header} rather than data. */
    boolean readsHeader() {
        return false;
    }

    void header(String line) throws BadLine {
    }

    /** Fills the (new, empty) record from the line. */
    abstract void decode(LineReader reader, byte[] bytes, int offset, int length, Record into) throws BadLine;

    /** Releases what the decoder holds (called when the origin closes a file). */
    void release() {
    }

    static String text(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.UTF_8);
    }

    /** TEXT: the line as one string field. */
    static final class Text extends LineDecoder {
        private final FieldPath textField;

        Text(FieldPath textField) {
            this.textField = textField;
        }

        @Override
        void decode(LineReader reader, byte[] bytes, int offset, int length, Record into) {
            into.set(textField, Field.of(text(bytes, offset, length)));
        }
    }

    /** JSON: streaming-parsed straight into a field tree; the line must hold exactly one object. */
    static final class Json extends LineDecoder {
        private final JsonLinesParser parser = new JsonLinesParser();

        @Override
        void release() {
            parser.drop();
        }

        @Override
        void decode(LineReader reader, byte[] bytes, int offset, int length, Record into) throws BadLine {
            Field f;
            try {
                f = parser.parse(reader, bytes, offset, length);
            } catch (JsonProcessingException e) {
                throw new BadLine("MALFORMED_JSON", "malformed JSON: " + e.getOriginalMessage()
                        + " at column " + e.getLocation().getColumnNr());
            } catch (IllegalArgumentException e) {
                throw new BadLine("MALFORMED_JSON", "malformed JSON: " + e.getMessage());
            } catch (IOException e) {
                throw new BadLine("MALFORMED_JSON", "unreadable JSON: " + e.getMessage());
            }
            if (f.type() != Field.Type.MAP) {
                throw new BadLine("NOT_AN_OBJECT", "is a JSON " + (f.type() == Field.Type.LIST ? "array" : "value") + ", not an object");
            }
            into.setRoot(f);
        }
    }

    /** CSV: one row, named by the file's header line or by the configured columns. */
    static final class Csv extends LineDecoder {
        private final CsvRow csv;
        private final boolean hasHeader;
        private List<String> columns;

        Csv(CsvRow csv, boolean hasHeader, List<String> columns) {
            this.csv = csv;
            this.hasHeader = hasHeader;
            this.columns = columns;
        }

        @Override
        boolean readsHeader() {
            return hasHeader;
        }

        @Override
        void header(String line) throws BadLine {
            try {
                columns = csv.split(line).stream().map(String::strip).toList();
            } catch (IllegalArgumentException e) {
                throw new BadLine("CSV_HEADER", "header: " + e.getMessage());
            }
            if (columns.isEmpty() || columns.stream().anyMatch(String::isEmpty)) {
                throw new BadLine("CSV_HEADER", "header '" + line + "' has an empty column name");
            }
        }

        @Override
        void decode(LineReader reader, byte[] bytes, int offset, int length, Record into) throws BadLine {
            if (columns == null) {
                throw new BadLine("CSV_HEADER", "the file has no usable header line");
            }
            try {
                into.setRoot(csv.toFields(columns, csv.split(text(bytes, offset, length))));
            } catch (IllegalArgumentException e) {
                throw new BadLine("CSV_COLUMNS", e.getMessage());
            }
        }
    }
}
