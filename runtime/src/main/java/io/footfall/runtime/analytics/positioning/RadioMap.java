package io.footfall.runtime.analytics.positioning;

import io.footfall.runtime.floorplan.FloorplanGeometry;
import io.footfall.runtime.floorplan.Point;
import io.footfall.runtime.floorplan.WallFan;
import io.footfall.runtime.floorplan.Zone;
import io.footfall.runtime.floorplan.ZoneKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * What every sensor should hear from every walkable cell of a floorplan: for each cell of a square grid
 * inside a zone where shoppers go (not service corridors), the sensors whose mean RSSI there is at least
 * {@link RadioModel#weakestUsefulMean()}, with that mean, walls included. Built once per site and radio
 * kind, shared read-only by every device's {@link RadioMapPositioner}.
 *
 * <p>Stored as compressed rows (one row of (sensor, mean) pairs per cell), so memory grows with the
 * walkable area times the sensors that reach each cell, not with all sensors times all cells.
 */
public final class RadioMap {
    private final RadioModel model;
    private final double cellSize;
    private final int cols;
    private final int rows;
    /** Per grid cell, the index of its zone in {@link #zones}, or -1 where nobody walks. */
    private final int[] cellZone;
    private final List<Zone> zones;
    private final double[] zoneCells;
    private final int[] rowStart;
    private final short[] rowSensor;
    private final float[] rowMean;
    private final double[] sensorX;
    private final double[] sensorY;

    private RadioMap(RadioModel model, double cellSize, int cols, int rows, int[] cellZone, List<Zone> zones,
                     int[] rowStart, short[] rowSensor, float[] rowMean, double[] sensorX, double[] sensorY) {
        this.model = model;
        this.cellSize = cellSize;
        this.cols = cols;
        this.rows = rows;
        this.cellZone = cellZone;
        this.zones = zones;
        this.rowStart = rowStart;
        this.rowSensor = rowSensor;
        this.rowMean = rowMean;
        this.sensorX = sensorX;
        this.sensorY = sensorY;
        zoneCells = new double[zones.size()];
        for (int z : cellZone) {
            if (z >= 0) {
                zoneCells[z]++;
            }
        }
    }

    /**
     * Builds the map of {@code geometry}'s walkable zones for the sensors of {@code layout} that
     * {@code hears} accepts (by layout index); the others are left out as if they were not there.
     */
    public static RadioMap build(FloorplanGeometry geometry, SensorLayout layout, IntPredicate hears, RadioModel model,
                                 double cellSize) {
        if (!(cellSize > 0)) {
            throw new IllegalArgumentException("cell size must be positive, got " + cellSize);
        }
        if (layout.size() > Short.MAX_VALUE) {
            throw new IllegalArgumentException("at most " + Short.MAX_VALUE + " sensors, got " + layout.size());
        }
        int cols = Math.max(1, (int) Math.ceil(geometry.plan().width() / cellSize));
        int rows = Math.max(1, (int) Math.ceil(geometry.plan().height() / cellSize));
        List<Zone> zones = new ArrayList<>();
        for (Zone z : geometry.plan().zones()) {
            if (z.kind() != ZoneKind.SERVICE) {
                zones.add(z);
            }
        }
        // zoneAt hands out the plan's own Zone objects: look their index up by identity (a record's equals
        // compares whole outlines, and indexOf would do that for every zone before it, for every cell).
        Map<Zone, Integer> zoneIndex = new IdentityHashMap<>();
        for (Zone z : zones) {
            zoneIndex.putIfAbsent(z, zones.indexOf(z));
        }
        int[] cellZone = new int[cols * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                Zone z = geometry.zoneAt((c + 0.5) * cellSize, (r + 0.5) * cellSize);
                Integer index = z == null ? null : zoneIndex.get(z);
                cellZone[r * cols + c] = z == null ? -1 : index != null ? index : zones.indexOf(z);
            }
        }
        double weakest = model.weakestUsefulMean();
        double reach = model.horizontalRangeFor(weakest + 3 * model.sigmaDb());
        int[] counts = new int[cols * rows];
        List<int[]> sensorCells = new ArrayList<>();
        List<float[]> sensorMeans = new ArrayList<>();
        double[] sx = new double[layout.size()];
        double[] sy = new double[layout.size()];
        for (int s = 0; s < layout.size(); s++) {
            sx[s] = layout.x(s);
            sy[s] = layout.y(s);
            if (!hears.test(s)) {
                sensorCells.add(new int[0]);
                sensorMeans.add(new float[0]);
                continue;
            }
            WallFan walls = geometry.wallFan(new Point(sx[s], sy[s]), reach + cellSize);
            int c0 = Math.max(0, (int) Math.floor((sx[s] - reach) / cellSize));
            int c1 = Math.min(cols - 1, (int) Math.floor((sx[s] + reach) / cellSize));
            int r0 = Math.max(0, (int) Math.floor((sy[s] - reach) / cellSize));
            int r1 = Math.min(rows - 1, (int) Math.floor((sy[s] + reach) / cellSize));
            int[] cells = new int[64];
            float[] means = new float[64];
            int n = 0;
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    int cell = r * cols + c;
                    if (cellZone[cell] < 0) {
                        continue;
                    }
                    double x = (c + 0.5) * cellSize;
                    double y = (r + 0.5) * cellSize;
                    double open = model.meanRssi(Math.hypot(x - sx[s], y - sy[s]), 0);
                    if (open < weakest) {
                        continue;
                    }
                    double mean = open - walls.attenuationDb(x, y, open - weakest);
                    if (mean < weakest) {
                        continue;
                    }
                    if (n == cells.length) {
                        cells = Arrays.copyOf(cells, n * 2);
                        means = Arrays.copyOf(means, n * 2);
                    }
                    cells[n] = cell;
                    means[n] = (float) mean;
                    n++;
                    counts[cell]++;
                }
            }
            sensorCells.add(Arrays.copyOf(cells, n));
            sensorMeans.add(Arrays.copyOf(means, n));
        }
        int[] rowStart = new int[cols * rows + 1];
        for (int i = 0; i < counts.length; i++) {
            rowStart[i + 1] = rowStart[i] + counts[i];
        }
        short[] rowSensor = new short[rowStart[counts.length]];
        float[] rowMean = new float[rowSensor.length];
        int[] fill = Arrays.copyOf(rowStart, counts.length);
        for (int s = 0; s < layout.size(); s++) {
            int[] cells = sensorCells.get(s);
            float[] means = sensorMeans.get(s);
            for (int k = 0; k < cells.length; k++) {
                int at = fill[cells[k]]++;
                rowSensor[at] = (short) s;
                rowMean[at] = means[k];
            }
        }
        return new RadioMap(model, cellSize, cols, rows, cellZone, List.copyOf(zones), rowStart, rowSensor, rowMean, sx, sy);
    }

    public RadioModel model() {
        return model;
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

    public int sensorCount() {
        return sensorX.length;
    }

    public double sensorX(int sensor) {
        return sensorX[sensor];
    }

    public double sensorY(int sensor) {
        return sensorY[sensor];
    }

    /** The zone index of a grid cell, -1 where nobody walks. */
    public int zoneOf(int cell) {
        return cellZone[cell];
    }

    public List<Zone> zones() {
        return zones;
    }

    /** How many cells a zone covers: its walkable area in cells. */
    public double zoneCells(int zone) {
        return zoneCells[zone];
    }

    public double cellX(int cell) {
        return (cell % cols + 0.5) * cellSize;
    }

    public double cellY(int cell) {
        return (cell / cols + 0.5) * cellSize;
    }

    int rowStart(int cell) {
        return rowStart[cell];
    }

    int rowEnd(int cell) {
        return rowStart[cell + 1];
    }

    int rowSensor(int k) {
        return rowSensor[k];
    }

    float rowMean(int k) {
        return rowMean[k];
    }

    /** (sensor, mean) pairs stored: the map's size. */
    public int entries() {
        return rowSensor.length;
    }
}
