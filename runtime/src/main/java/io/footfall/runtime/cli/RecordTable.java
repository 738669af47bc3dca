package io.footfall.runtime.cli;

import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.stages.json.FieldJson;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records as a text table: one column per top-level field (in order of first appearance), nested values
 * as compact JSON, long cells cut, so a preview reads like a spreadsheet on the terminal.
 */
final class RecordTable {
    private static final int MAX_CELL = 40;

    private RecordTable() {
    }

    /** The table's lines; {@code withError} adds the error code and message columns first. */
    static List<String> lines(List<Record> records, boolean withError) {
        Set<String> columns = new LinkedHashSet<>();
        for (Record r : records) {
            if (r.root().type() == Field.Type.MAP) {
                columns.addAll(r.root().asMap().keySet());
            } else {
                columns.add("(value)");
            }
        }
        List<String> header = new ArrayList<>();
        if (withError) {
            header.add("errorCode");
            header.add("errorMessage");
        }
        header.addAll(columns);
        List<List<String>> rows = new ArrayList<>();
        for (Record r : records) {
            List<String> row = new ArrayList<>();
            if (withError) {
                row.add(cut(r.header().errorCode()));
                row.add(cut(r.header().errorMessage()));
            }
            Map<String, Field> fields = r.root().type() == Field.Type.MAP ? r.root().asMap() : Map.of("(value)", r.root());
            for (String c : columns) {
                Field f = fields.get(c);
                row.add(f == null ? "" : cut(cell(f)));
            }
            rows.add(row);
        }
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(join(header, widths));
        StringBuilder rule = new StringBuilder();
        for (int w : widths) {
            rule.append(rule.length() == 0 ? "" : "-+-").append("-".repeat(w));
        }
        lines.add(rule.toString());
        rows.forEach(row -> lines.add(join(row, widths)));
        return lines;
    }

    private static String cell(Field f) {
        return switch (f.type()) {
            case MAP, LIST -> FieldJson.toJson(f);
            case NULL -> "null";
            default -> f.asString();
        };
    }

    private static String cut(String s) {
        if (s == null) {
            return "";
        }
        String oneLine = s.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= MAX_CELL ? oneLine : oneLine.substring(0, MAX_CELL - 1) + "…";
    }

    private static String join(List<String> cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(" | ");
            }
            b.append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length()));
        }
        return b.toString().stripTrailing();
    }
}
