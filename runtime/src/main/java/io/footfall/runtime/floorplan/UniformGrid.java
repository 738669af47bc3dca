package io.footfall.runtime.floorplan;

import java.util.ArrayList;
import java.util.List;

/**
 * Buckets items by the grid cells their bounding boxes cover, so that point and segment queries only
 * look at the few items near them. Cells are square; items spanning several cells are listed in each.
 */
final class UniformGrid {
    private final double originX;
    private final double originY;
    private final double cellSize;
    private final int cols;
    private final int rows;
    private final int[][] cells;

    UniformGrid(Bounds area, double cellSize, List<Bounds> items) {
        this.originX = area.minX();
        this.originY = area.minY();
        this.cellSize = cellSize;
        this.cols = Math.max(1, (int) Math.ceil(area.width() / cellSize) + 1);
        this.rows = Math.max(1, (int) Math.ceil(area.height() / cellSize) + 1);
        List<List<Integer>> buckets = new ArrayList<>(cols * rows);
        for (int i = 0; i < cols * rows; i++) {
            buckets.add(new ArrayList<>(2));
        }
        for (int item = 0; item < items.size(); item++) {
            Bounds b = items.get(item);
            int c0 = col(b.minX());
            int c1 = col(b.maxX());
            int r0 = row(b.minY());
            int r1 = row(b.maxY());
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    buckets.get(r * cols + c).add(item);
                }
            }
        }
        cells = new int[cols * rows][];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = buckets.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Cell size that gives each item a few cells: about {@code items × 4} cells over the area. */
    static double suggestedCellSize(Bounds area, int itemCount) {
        double perCell = area.width() * area.height() / Math.max(1, itemCount * 4);
        return Math.max(1.0, Math.sqrt(perCell));
    }

    int col(double x) {
        return Math.max(0, Math.min(cols - 1, (int) Math.floor((x - originX) / cellSize)));
    }

    int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor((y - originY) / cellSize)));
    }

    double cellSize() {
        return cellSize;
    }

    double originX() {
        return originX;
    }

    double originY() {
        return originY;
    }

    int cols() {
        return cols;
    }

    int rows() {
        return rows;
    }

    /** Items whose boxes touch the cell at (col, row); shared, do not modify. */
    int[] itemsIn(int col, int row) {
        return cells[row * cols + col];
    }

    int[] itemsAt(double x, double y) {
        return cells[row(y) * cols + col(x)];
    }
}
