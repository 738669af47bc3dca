package io.footfall.app.run;

/**
 * One heatmap bucket (CONTRACT section 4, heatmap.json): person-seconds per cell, row 0 at the top.
 * {@code from}/{@code to} are the bucket's epoch-millisecond bounds; {@code filling} marks a bucket whose
 * time has not all gone by yet (the values so far).
 */
public record HeatGrid(double cellSize, int cols, int rows, long from, long to, double[][] values, boolean filling) {

    public HeatGrid(double cellSize, int cols, int rows, long from, long to, double[][] values) {
        this(cellSize, cols, rows, from, to, values, false);
    }

    public double max() {
        double m = 0;
        for (double[] row : values) {
            for (double v : row) {
                m = Math.max(m, v);
            }
        }
        return m;
    }

    public int nonZeroCells() {
        int n = 0;
        for (double[] row : values) {
            for (double v : row) {
                if (v > 0) {
                    n++;
                }
            }
        }
        return n;
    }
}
