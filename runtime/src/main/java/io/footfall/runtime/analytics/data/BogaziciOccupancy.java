package io.footfall.runtime.analytics.data;

/**
 * The room's occupancy grid ({@code occ/tetam_0.5.occ}): which cells hold furniture. Cell (i, j) covers
 * [i·size, (i+1)·size) × [j·size, (j+1)·size). The file marks furniture with 1 and aisles with 0 —
 * the opposite of what its README says, but 88 % of the camera positions of the 9 tracks fall on
 * cells marked 0 and only 11 % on cells marked 1, which settles it.
 */
public record BogaziciOccupancy(double cellSize, boolean[][] blocked) {

    /** Whether (x, y) lies on a cell marked as furniture; points off the grid are not blocked. */
    public boolean blockedAt(double x, double y) {
        int i = (int) Math.floor(x / cellSize);
        int j = (int) Math.floor(y / cellSize);
        return i >= 0 && j >= 0 && i < blocked.length && j < blocked[i].length && blocked[i][j];
    }
}
