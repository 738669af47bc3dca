package io.footfall.runtime.floorplan;

import java.util.List;

/**
 * Walls bucketed in a uniform grid. A segment query walks only the cells the segment passes through
 * (Amanatides–Woo traversal), so radio attenuation and walking checks cost little even with
 * thousands of walls.
 */
public final class WallIndex {
    private final List<Wall> walls;
    private final UniformGrid grid;
    /** Per wall, the query number that last looked at it, so a wall in several cells counts once. */
    private final int[] seenInQuery;
    private int query;

    public WallIndex(Floorplan plan) {
        this.walls = plan.walls();
        Bounds area = new Bounds(0, 0, plan.width(), plan.height());
        this.grid = new UniformGrid(area, Math.max(2.0, UniformGrid.suggestedCellSize(area, walls.size())),
                walls.stream().map(w -> Bounds.of(List.of(w.from(), w.to()))).toList());
        this.seenInQuery = new int[walls.size()];
    }

    /** Sum of {@code attenuationDb} of the walls the straight segment a–b crosses or touches. */
    public synchronized double attenuationDb(double ax, double ay, double bx, double by) {
        double total = 0;
        int q = nextQuery();
        int col = grid.col(ax);
        int row = grid.row(ay);
        CellWalk walk = new CellWalk(ax, ay, bx, by);
        while (true) {
            for (int i : grid.itemsIn(col, row)) {
                if (seenInQuery[i] != q) {
                    seenInQuery[i] = q;
                    Wall w = walls.get(i);
                    if (Geometry.segmentsIntersect(ax, ay, bx, by, w.from().x(), w.from().y(), w.to().x(), w.to().y())) {
                        total += w.attenuationDb();
                    }
                }
            }
            if (!walk.advance()) {
                return total;
            }
            col = walk.col;
            row = walk.row;
        }
    }

    /**
     * Whether walking straight from a to b would pass through a wall. Touching a wall only at the
     * walk's own end points (a door in a wall line) does not block.
     */
    public synchronized boolean blocksWalking(double ax, double ay, double bx, double by) {
        int q = nextQuery();
        int col = grid.col(ax);
        int row = grid.row(ay);
        CellWalk walk = new CellWalk(ax, ay, bx, by);
        while (true) {
            for (int i : grid.itemsIn(col, row)) {
                if (seenInQuery[i] != q) {
                    seenInQuery[i] = q;
                    Wall w = walls.get(i);
                    if (crossesInside(ax, ay, bx, by, w)) {
                        return true;
                    }
                }
            }
            if (!walk.advance()) {
                return false;
            }
            col = walk.col;
            row = walk.row;
        }
    }

    private static boolean crossesInside(double ax, double ay, double bx, double by, Wall w) {
        double wx1 = w.from().x();
        double wy1 = w.from().y();
        double wx2 = w.to().x();
        double wy2 = w.to().y();
        if (!Geometry.segmentsIntersect(ax, ay, bx, by, wx1, wy1, wx2, wy2)) {
            return false;
        }
        // Allowed: the wall only touches the walk at one of the walk's own end points.
        boolean touchesA = Geometry.distanceToSegment(ax, ay, wx1, wy1, wx2, wy2) <= Geometry.EPSILON;
        boolean touchesB = Geometry.distanceToSegment(bx, by, wx1, wy1, wx2, wy2) <= Geometry.EPSILON;
        if (!touchesA && !touchesB) {
            return true;
        }
        // Shrink the walk a little away from the touching end and test again.
        double dx = bx - ax;
        double dy = by - ay;
        double len = Math.hypot(dx, dy);
        if (len < 1e-3) {
            return false;
        }
        double trim = Math.min(0.01, len / 4) / len;
        double sx = touchesA ? ax + dx * trim : ax;
        double sy = touchesA ? ay + dy * trim : ay;
        double ex = touchesB ? bx - dx * trim : bx;
        double ey = touchesB ? by - dy * trim : by;
        return Geometry.segmentsIntersect(sx, sy, ex, ey, wx1, wy1, wx2, wy2);
    }

    private int nextQuery() {
        query++;
        if (query == Integer.MAX_VALUE) {
            java.util.Arrays.fill(seenInQuery, 0);
            query = 1;
        }
        return query;
    }

    /** Steps through the grid cells a segment passes, in order. */
    private final class CellWalk {
        int col;
        int row;
        private final int endCol;
        private final int endRow;
        private final int stepC;
        private final int stepR;
        private double tMaxX;
        private double tMaxY;
        private final double tDeltaX;
        private final double tDeltaY;
        private final int maxSteps;
        private int steps;

        CellWalk(double ax, double ay, double bx, double by) {
            col = grid.col(ax);
            row = grid.row(ay);
            endCol = grid.col(bx);
            endRow = grid.row(by);
            double dx = bx - ax;
            double dy = by - ay;
            double cell = cellSize();
            stepC = dx > 0 ? 1 : (dx < 0 ? -1 : 0);
            stepR = dy > 0 ? 1 : (dy < 0 ? -1 : 0);
            double nextX = originX() + (col + (stepC > 0 ? 1 : 0)) * cell;
            double nextY = originY() + (row + (stepR > 0 ? 1 : 0)) * cell;
            tMaxX = stepC == 0 ? Double.POSITIVE_INFINITY : (nextX - ax) / dx;
            tMaxY = stepR == 0 ? Double.POSITIVE_INFINITY : (nextY - ay) / dy;
            tDeltaX = stepC == 0 ? Double.POSITIVE_INFINITY : cell / Math.abs(dx);
            tDeltaY = stepR == 0 ? Double.POSITIVE_INFINITY : cell / Math.abs(dy);
            maxSteps = Math.abs(endCol - col) + Math.abs(endRow - row) + 2;
        }

        /** Moves to the next cell; false once the end cell has been visited. */
        boolean advance() {
            if (col == endCol && row == endRow) {
                return false;
            }
            if (tMaxX < tMaxY) {
                col += stepC;
                tMaxX += tDeltaX;
            } else {
                row += stepR;
                tMaxY += tDeltaY;
            }
            // Rounding can step beside the end cell; leaving the grid or running past the segment ends the walk.
            return col >= 0 && row >= 0 && col < grid.cols() && row < grid.rows() && ++steps <= maxSteps;
        }
    }

    private double cellSize() {
        return grid.cellSize();
    }

    private double originX() {
        return grid.originX();
    }

    private double originY() {
        return grid.originY();
    }
}
