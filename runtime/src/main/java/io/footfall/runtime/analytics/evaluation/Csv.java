package io.footfall.runtime.analytics.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The simple comma-separated files of CONTRACT sections 3-4 (no quoting needed: ids and numbers only). */
final class Csv {
    /** The key under which each row keeps where it came from, for error messages. */
    static final String LINE = "\u0000line";

    private Csv() {
    }

    /** A number cell, or an exception naming the file, line and column. */
    static double number(Map<String, String> row, String column) {
        String v = row.get(column);
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(row.get(LINE) + ": column '" + column + "' must be a number, not '" + v + "'");
        }
    }

    /** Rows as column → value; the header must hold the required columns (others are kept too). */
    static List<Map<String, String>> read(Path file, String... required) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                throw new IllegalArgumentException(file + ": empty file, expected a header row");
            }
            List<String> columns = Arrays.asList(header.strip().split(",", -1));
            for (String c : required) {
                if (!columns.contains(c)) {
                    throw new IllegalArgumentException(file + ": line 1: missing column '" + c + "' (header: " + header + ")");
                }
            }
            String line;
            int n = 1;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length < columns.size()) {
                    throw new IllegalArgumentException(file + ": line " + n + ": " + cells.length + " cells, expected " + columns.size());
                }
                Map<String, String> row = new HashMap<>();
                row.put(LINE, file + ": line " + n);
                for (int i = 0; i < columns.size(); i++) {
                    row.put(columns.get(i), cells[i].strip());
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
