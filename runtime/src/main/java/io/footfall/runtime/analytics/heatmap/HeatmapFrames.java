package io.footfall.runtime.analytics.heatmap;

import io.footfall.runtime.analytics.bus.AnalyticsBus.HeatmapFrame;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Heatmap frames as records {@code {from, to, cellSize, cols, rows, values, total}} and back. */
public final class HeatmapFrames {

    private HeatmapFrames() {
    }

    public static Record toRecord(String sourceId, HeatmapFrame f) {
        Field root = Field.emptyMap();
        Map<String, Field> m = root.asMap();
        m.put("from", Field.of(f.from()));
        m.put("to", Field.of(f.to()));
        m.put("cellSize", Field.of(f.cellSize()));
        m.put("cols", Field.of((long) f.cols()));
        m.put("rows", Field.of((long) f.rows()));
        List<Field> rows = new ArrayList<>(f.rows());
        for (double[] row : f.values()) {
            List<Field> cells = new ArrayList<>(row.length);
            for (double v : row) {
                cells.add(Field.of(v));
            }
            rows.add(Field.list(cells));
        }
        m.put("values", Field.list(rows));
        m.put("total", Field.of(f.total()));
        return new Record(sourceId, root);
    }

    /** The frame a record describes, or null when it is not a heatmap frame. */
    public static HeatmapFrame fromRecord(String stage, Record r) {
        Field values = r.get("/values");
        Field cols = r.get("/cols");
        Field rows = r.get("/rows");
        Field cell = r.get("/cellSize");
        if (values == null || values.type() != Field.Type.LIST || cols == null || rows == null || cell == null) {
            return null;
        }
        int nr = (int) rows.asLong();
        int nc = (int) cols.asLong();
        List<Field> rowFields = values.asList();
        if (rowFields.size() != nr) {
            return null;
        }
        double[][] grid = new double[nr][nc];
        for (int i = 0; i < nr; i++) {
            List<Field> row = rowFields.get(i).asList();
            if (row.size() != nc) {
                return null;
            }
            for (int j = 0; j < nc; j++) {
                grid[i][j] = row.get(j).asDouble();
            }
        }
        Field total = r.get("/total");
        return new HeatmapFrame(stage, r.get("/from").asLong(), r.get("/to").asLong(), cell.asDouble(), nc, nr, grid,
                total != null && total.asBoolean());
    }
}
