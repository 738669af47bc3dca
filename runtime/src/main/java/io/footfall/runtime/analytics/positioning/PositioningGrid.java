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
    /** expected[sensor][cell], dBm. */
    final float[][] expected;
    /** Half-kernel of one motion step's Gaussian spread, index = offset in cells. */
    final double[] kernel;

    public PositioningGrid(SensorLayout layout, PathLossModel model, WalkableArea area, GridFilterConfig config) {
        cellSize = config.cellSize();
        originX = area.minX();
        originY = area.minY();
        cols = Math.max(1, (int) Math.ceil((area.maxX() - area.minX()) / cellSize - 1e-9));
        rows = Math.max(1, (int) Math.ceil((area.maxY() - area.minY()) / cellSize - 1e-9));
        walkable = new double[cols * rows];
        expected = new float[layout.size()][cols * rows];
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
                    expected[s][cell] = (float) model.expectedRssi(d);
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

    /**
     * One motion step: separable Gaussian blur of {@code p} (probability leaving the grid is lost), then
     * back onto walkable cells. {@code scratch} has the grid's size.
     */
    void spread(double[] p, double[] scratch) {
        int radius = kernel.length - 1;
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                double acc = kernel[0] * p[base + c];
                int lo = Math.max(0, c - radius);
                int hi = Math.min(cols - 1, c + radius);
                for (int k = lo; k < c; k++) {
                    acc += kernel[c - k] * p[base + k];
                }
                for (int k = c + 1; k <= hi; k++) {
                    acc += kernel[k - c] * p[base + k];
                }
                scratch[base + c] = acc;
            }
        }
        for (int r = 0; r < rows; r++) {
            int lo = Math.max(0, r - radius);
            int hi = Math.min(rows - 1, r + radius);
            for (int c = 0; c < cols; c++) {
                double acc = kernel[0] * scratch[r * cols + c];
                for (int k = lo; k <= hi; k++) {
                    if (k != r) {
                        acc += kernel[Math.abs(k - r)] * scratch[k * cols + c];
                    }
                }
                p[r * cols + c] = acc * walkable[r * cols + c];
            }
        }
    }
}
