package io.footfall.runtime.analytics.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small CSV file of CONTRACT section 3–4 (visits.csv, zone_stats.csv): a header naming the columns,
 * then plain comma-separated rows (ids never hold commas or quotes). Columns are found by name, so
 * files may carry extra columns.
 */
final class CsvTable {
    private final Path file;
    private final List<String> header;
    private final List<String[]> rows = new ArrayList<>();

    private CsvTable(Path file, List<String> header) {
        this.file = file;
        this.header = header;
    }

    static CsvTable read(Path file, String... requiredColumns) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + ": empty, expected a header line");
        }
        CsvTable t = new CsvTable(file, Arrays.stream(lines.get(0).split(",", -1)).map(String::strip).toList());
        for (String c : requiredColumns) {
            if (!t.header.contains(c)) {
                throw new IllegalArgumentException(file + ":1: missing column '" + c + "' (header is " + lines.get(0) + ")");
            }
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split(",", -1);
            if (cells.length < t.header.size()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected " + t.header.size()
                        + " columns, found " + cells.length);
            }
            t.rows.add(cells);
        }
        return t;
    }

    int size() {
        return rows.size();
    }

    String text(int row, String column) {
        return rows.get(row)[header.indexOf(column)].strip();
    }

    double number(int row, String column) {
        String v = text(row, column);
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ":" + (row + 2) + ": column '" + column
                    + "' must be a number, found '" + v + "'");
        }
    }
}
