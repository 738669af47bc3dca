package io.footfall.runtime.analytics.positioning;

/**
 * The cells of a {@link WalkableArea} with, per sensor, the RSSI the path-loss model expects in each
 * cell. Built once per site and shared by every device's {@link GridFilterPositioner}.
 */
public final class PositioningGrid {
    final int cols;
    final int rows;
    final double cellSize;
    final double originX;
    final double originY;
    /** Per motion step, the share of probability a cell keeps: 1 where walkable, less on fixtures. */
    final double[] walkable;
    /** expected[sensor][cell], in units of {@link #QUANTUM_DB} so that a reading's likelihood is a table lookup. */
    final int[][] expected;
    /** Resolution of expected RSSI: far below the 1 dB resolution of the readings. */
    static final double QUANTUM_DB = 0.05;
    /** Half-kernel of one motion step's Gaussian spread, index = offset in cells. */
    final double[] kernel;

    public PositioningGrid(SensorLayout layout, PathLossModel model, WalkableArea area, GridFilterConfig config) {
        cellSize = config.cellSize();
        originX = area.minX();
        originY = area.minY();
        cols = Math.max(1, (int) Math.ceil((area.maxX() - area.minX()) / cellSize - 1e-9));
        rows = Math.max(1, (int) Math.ceil((area.maxY() - area.minY()) / cellSize - 1e-9));
        walkable = new double[cols * rows];
        expected = new int[layout.size()][cols * rows];
        int open = 0;
        double offWalkable = Math.pow(config.offWalkablePerSecond(), config.stepMillis() / 1000.0);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int cell = r * cols + c;
                double x = centerX(c);
                double y = centerY(r);
                boolean canWalk = area.walkable(x, y);
                walkable[cell] = canWalk ? 1.0 : offWalkable;
                open += canWalk ? 1 : 0;
                for (int s = 0; s < layout.size(); s++) {
                    double d = model.distance(x, y, layout.x(s), layout.y(s), layout.height(s));
                    expected[s][cell] = (int) Math.round(model.expectedRssi(d) / QUANTUM_DB);
                }
            }
        }
        if (open == 0) {
            throw new IllegalArgumentException("the area has no walkable cell at a cell size of " + cellSize + " m");
        }
        double sigmaCells = config.walkSpeed() * (config.stepMillis() / 1000.0) / cellSize;
        int radius = (int) Math.ceil(3.5 * sigmaCells);
        kernel = new double[radius + 1];
        double sum = 0;
        for (int i = 0; i <= radius; i++) {
            kernel[i] = Math.exp(-0.5 * i * i / (sigmaCells * sigmaCells));
            sum += i == 0 ? kernel[i] : 2 * kernel[i];
        }
        for (int i = 0; i <= radius; i++) {
            kernel[i] /= sum;
        }
    }

    public int cells() {
        return cols * rows;
    }

    double centerX(int col) {
        return originX + (col + 0.5) * cellSize;
    }

    double centerY(int row) {
        return originY + (row + 0.5) * cellSize;
    }

    /** The kernel's reach in cells: one step moves probability at most this far. */
    int radius() {
        return kernel.length - 1;
    }

    /** The whole grid as a box {colMin, colMax, rowMin, rowMax}, inclusive. */
    int[] fullBox() {
        return new int[] {0, cols - 1, 0, rows - 1};
    }

    /** {@code box} grown by {@code cells} on every side, clipped to the grid. */
    int[] grow(int[] box, int cells) {
        return new int[] {Math.max(0, box[0] - cells), Math.min(cols - 1, box[1] + cells),
                Math.max(0, box[2] - cells), Math.min(rows - 1, box[3] + cells)};
    }

    /**
     * One motion step: separable Gaussian blur of {@code p}, reading only inside {@code in} (p is taken
     * as zero elsewhere) and writing only inside {@code out}, then each cell weighted by how walkable it
     * is. Probability leaving the grid is lost. {@code scratch} has the grid's size. Working on boxes
     * keeps the cost to the few meters where the device can be, not the whole plan.
     */
    void spread(double[] p, double[] scratch, int[] in, int[] out) {
        int radius = radius();
        for (int r = in[2]; r <= in[3]; r++) {
            int base = r * cols;
            for (int c = out[0]; c <= out[1]; c++) {
                int lo = Math.max(in[0], c - radius);
                int hi = Math.min(in[1], c + radius);
                double acc = 0;
                for (int k = lo; k <= hi; k++) {
                    acc += kernel[Math.abs(c - k)] * p[base + k];
                }
                scratch[base + c] = acc;
            }
        }
        // Vertical pass row by row, so that the inner loop runs along memory.
        for (int r = out[2]; r <= out[3]; r++) {
            int row = r * cols;
            java.util.Arrays.fill(p, row + out[0], row + out[1] + 1, 0.0);
            int lo = Math.max(in[2], r - radius);
            int hi = Math.min(in[3], r + radius);
            for (int k = lo; k <= hi; k++) {
                double w = kernel[Math.abs(k - r)];
                int from = k * cols;
                for (int c = out[0]; c <= out[1]; c++) {
                    p[row + c] += w * scratch[from + c];
                }
            }
            for (int c = out[0]; c <= out[1]; c++) {
                p[row + c] *= walkable[row + c];
            }
        }
    }
}
