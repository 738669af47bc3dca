package io.footfall.runtime.stages.csv;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.footfall.runtime.api.Field;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits one CSV line (RFC 4180 quoting, with Jackson's CSV parser) and turns a row into a field map by
 * column name, optionally typing numbers. One instance per stage (it keeps the schema for its delimiter).
 */
public final class CsvRow {
    private static final CsvFactory FACTORY = CsvFactory.builder().build();

    private final CsvSchema schema;
    private final boolean inferTypes;

    public CsvRow(char delimiter, boolean inferTypes) {
        this.schema = CsvSchema.emptySchema().withColumnSeparator(delimiter).withQuoteChar('"');
        this.inferTypes = inferTypes;
    }

    /** The cells of one line; throws {@link IllegalArgumentException} when the quoting is broken. */
    public List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        try (CsvParser p = FACTORY.createParser(line)) {
            p.setSchema(schema);
            JsonToken t = p.nextToken();
            if (t == null) {
                return cells;
            }
            while ((t = p.nextToken()) != null && t != JsonToken.END_ARRAY) {
                cells.add(p.getText());
            }
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("more than one CSV row in one line (an unclosed quote?)");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("malformed CSV: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        return cells;
    }

    /**
     * The row as a map field; a row with a different number of cells than there are columns is refused
     * with a message saying both counts.
     */
    public Field toFields(List<String> columns, List<String> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("has " + cells.size() + " columns, expected " + columns.size()
                    + " (" + String.join(",", columns) + ")");
        }
        Field row = Field.emptyMap();
        Map<String, Field> m = row.asMap();
        for (int i = 0; i < cells.size(); i++) {
            m.put(columns.get(i), value(cells.get(i)));
        }
        return row;
    }

    private Field value(String cell) {
        if (!inferTypes) {
            return Field.of(cell);
        }
        if (cell.isEmpty()) {
            return Field.nullField();
        }
        char c = cell.charAt(0);
        if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
            try {
                return Field.of(Long.parseLong(cell));
            } catch (NumberFormatException notLong) {
                try {
                    return Field.of(Double.parseDouble(cell));
                } catch (NumberFormatException notNumber) {
                    return Field.of(cell);
                }
            }
        }
        return Field.of(cell);
    }
}
