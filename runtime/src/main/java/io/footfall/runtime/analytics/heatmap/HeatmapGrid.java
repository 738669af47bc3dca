package io.footfall.runtime.analytics.heatmap;

import java.util.Arrays;

/**
 * Person-seconds per square cell over the floorplan, with, per cell, up to k distinct devices remembered so
 * the k-anonymity floor can be applied without keeping every device of every cell.
 */
public final class HeatmapGrid {
    private final double cellSize;
    private final int cols;
    private final int rows;
    private final double[] seconds;
    private final String[][] devices;
    private final byte[] distinct;
    private final int k;

    public HeatmapGrid(double width, double height, double cellSize, int k) {
        this.cellSize = cellSize;
        this.cols = Math.max(1, (int) Math.ceil(width / cellSize));
        this.rows = Math.max(1, (int) Math.ceil(height / cellSize));
        this.seconds = new double[cols * rows];
        this.devices = new String[cols * rows][];
        this.distinct = new byte[cols * rows];
        this.k = Math.min(k, 127);
    }

    public void add(double x, double y, double personSeconds, String device) {
        int c = Math.max(0, Math.min(cols - 1, (int) Math.floor(x / cellSize)));
        int r = Math.max(0, Math.min(rows - 1, (int) Math.floor(y / cellSize)));
        int cell = r * cols + c;
        seconds[cell] += personSeconds;
        if (distinct[cell] < k) {
            rememberDevice(cell, device);
        }
    }

    private void rememberDevice(int cell, String device) {
        String[] seen = devices[cell];
        if (seen == null) {
            seen = new String[k];
            devices[cell] = seen;
        }
        for (int i = 0; i < distinct[cell]; i++) {
            if (seen[i].equals(device)) {
                return;
            }
        }
        seen[distinct[cell]++] = device;
        if (distinct[cell] == k) {
            devices[cell] = null; // enough devices: the names are no longer needed
        }
    }

    /** rows × cols person-seconds, row 0 at the top; cells seen by fewer than k devices are 0. */
    public double[][] values() {
        double[][] out = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int cell = r * cols + c;
                out[r][c] = distinct[cell] >= k ? Math.round(seconds[cell] * 10) / 10.0 : 0;
            }
        }
        return out;
    }

    /** Cells that had person-seconds but fewer than k devices. */
    public int suppressedCells() {
        int n = 0;
        for (int i = 0; i < seconds.length; i++) {
            if (seconds[i] > 0 && distinct[i] < k) {
                n++;
            }
        }
        return n;
    }

    public boolean isEmpty() {
        return Arrays.stream(seconds).allMatch(s -> s == 0);
    }

    public double cellSize() {
        return cellSize;
    }

    public int cols() {
        return cols;
    }

    public int rows() {
        return rows;
    }
}
