package io.footfall.runtime.analytics.heatmap;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Person-seconds per square cell over the floorplan, with, per cell, up to k distinct devices remembered so
 * the k-anonymity floor can be applied without keeping every device of every cell.
 *
 * <p>With a blur, a position's seconds are spread over the cells around it by a Gaussian of {@code blurSigma}
 * meters, within the zone the position is in (through no wall into the next store): an estimate is only good
 * to a meter or two, so the expected time per cell is a spread, not a spike. A device counts towards a cell's
 * k when at least {@value #DEVICE_SHARE} of its spread lands there.
 *
 * <p>The k-anonymity floor either blanks a cell seen by fewer than k devices, or, with {@code mergeThinCells},
 * generalises it: the thin cells of one zone are taken together, and when they were seen by k distinct devices
 * between them their person-seconds are published spread evenly over them (a coarser cell shaped like what is
 * left of the zone), so no published number rests on fewer than k devices yet the time is not dropped. A cell
 * seen by fewer than k devices holds all of its devices, so the union is exact (with a blur, a device counts only
 * where at least {@value #DEVICE_SHARE} of its spread landed, as for the plain floor). Only the thin cells form the
 * region: a region that included published cells would let their values be subtracted back out.
 */
public final class HeatmapGrid {
    private final double cellSize;
    private final int cols;
    private final int rows;
    private final double[] seconds;
    private final String[][] devices;
    private final byte[] distinct;
    private final int k;
    private final double blurSigma;
    /** Per cell, the index of the zone its centre lies in (-1: none); null without a blur or merging. */
    private final int[] cellZone;
    private final boolean mergeThinCells;
    private static final double DEVICE_SHARE = 0.05;
    private double[] weights = new double[64];
    private int[] touched = new int[64];

    public HeatmapGrid(double width, double height, double cellSize, int k) {
        this(width, height, cellSize, k, 0, null);
    }

    /** {@code cellZone}: {@link #zonesOfCells} of the same grid, or null to blur across zones. */
    public HeatmapGrid(double width, double height, double cellSize, int k, double blurSigma, int[] cellZone) {
        this(width, height, cellSize, k, blurSigma, cellZone, false);
    }

    /**
     * {@code mergeThinCells}: generalise cells under k within their zone instead of blanking them; needs
     * {@code cellZone} ({@link #zonesOfCells}).
     */
    public HeatmapGrid(double width, double height, double cellSize, int k, double blurSigma, int[] cellZone,
                       boolean mergeThinCells) {
        if (mergeThinCells && cellZone == null) {
            throw new IllegalArgumentException("merging thin cells needs the zone of every cell");
        }
        this.mergeThinCells = mergeThinCells;
        this.blurSigma = blurSigma;
        this.cellSize = cellSize;
        this.cols = Math.max(1, (int) Math.ceil(width / cellSize));
        this.rows = Math.max(1, (int) Math.ceil(height / cellSize));
        this.seconds = new double[cols * rows];
        this.devices = new String[cols * rows][];
        this.distinct = new byte[cols * rows];
        this.k = Math.min(k, 127);
        this.cellZone = cellZone;
    }

    /** The zone index ({@code zoneAt} of its centre) of every cell of a grid over width × height. */
    public static int[] zonesOfCells(double width, double height, double cellSize,
                                     java.util.function.ToIntBiFunction<Double, Double> zoneAt) {
        int cols = Math.max(1, (int) Math.ceil(width / cellSize));
        int rows = Math.max(1, (int) Math.ceil(height / cellSize));
        int[] zones = new int[cols * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                zones[r * cols + c] = zoneAt.applyAsInt((c + 0.5) * cellSize, (r + 0.5) * cellSize);
            }
        }
        return zones;
    }

    public void add(double x, double y, double personSeconds, String device) {
        int c = Math.max(0, Math.min(cols - 1, (int) Math.floor(x / cellSize)));
        int r = Math.max(0, Math.min(rows - 1, (int) Math.floor(y / cellSize)));
        int cell = r * cols + c;
        if (blurSigma <= 0) {
            credit(cell, personSeconds, device);
            return;
        }
        int zone = cellZone == null ? -1 : cellZone[cell];
        int reach = (int) Math.ceil(2.5 * blurSigma / cellSize);
        int n = 0;
        double total = 0;
        for (int rr = Math.max(0, r - reach); rr <= Math.min(rows - 1, r + reach); rr++) {
            double dy = (rr + 0.5) * cellSize - y;
            for (int cc = Math.max(0, c - reach); cc <= Math.min(cols - 1, c + reach); cc++) {
                int other = rr * cols + cc;
                if (cellZone != null && cellZone[other] != zone) {
                    continue;
                }
                double dx = (cc + 0.5) * cellSize - x;
                double w = Math.exp(-(dx * dx + dy * dy) / (2 * blurSigma * blurSigma));
                if (n == weights.length) {
                    weights = Arrays.copyOf(weights, n * 2);
                    touched = Arrays.copyOf(touched, n * 2);
                }
                weights[n] = w;
                touched[n++] = other;
                total += w;
            }
        }
        if (total <= 0) {
            credit(cell, personSeconds, device);
            return;
        }
        for (int i = 0; i < n; i++) {
            double share = weights[i] / total;
            seconds[touched[i]] += personSeconds * share;
            if (share >= DEVICE_SHARE && distinct[touched[i]] < k) {
                rememberDevice(touched[i], device);
            }
        }
    }

    private void credit(int cell, double personSeconds, String device) {
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

    /**
     * rows × cols person-seconds, row 0 at the top; cells seen by fewer than k devices are 0, or with
     * {@code mergeThinCells} their zone's thin-cell mean when those cells reach k devices together.
     */
    public double[][] values() {
        double[] published = published();
        double[][] out = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[r][c] = Math.round(published[r * cols + c] * 10) / 10.0;
            }
        }
        return out;
    }

    private double[] published() {
        double[] out = new double[seconds.length];
        Map<Integer, ThinRegion> regions = mergeThinCells ? new HashMap<>() : null;
        for (int cell = 0; cell < seconds.length; cell++) {
            if (distinct[cell] >= k) {
                out[cell] = seconds[cell];
            } else if (regions != null && distinct[cell] > 0 && cellZone[cell] >= 0) {
                regions.computeIfAbsent(cellZone[cell], z -> new ThinRegion()).add(cell);
            }
        }
        if (regions != null) {
            for (ThinRegion region : regions.values()) {
                if (region.devices.size() >= k) {
                    double mean = region.seconds / region.cells.cardinality();
                    region.cells.stream().forEach(cell -> out[cell] = mean);
                }
            }
        }
        return out;
    }

    /** The thin cells of one zone: their seconds and every device that was in any of them. */
    private final class ThinRegion {
        final BitSet cells = new BitSet();
        final Set<String> devices = new HashSet<>();
        double seconds;

        void add(int cell) {
            cells.set(cell);
            seconds += HeatmapGrid.this.seconds[cell];
            devices.addAll(Arrays.asList(HeatmapGrid.this.devices[cell]).subList(0, distinct[cell]));
        }
    }

    /** Cells that had person-seconds but are published as 0 (fewer than k devices, not merged). */
    public int suppressedCells() {
        double[] published = published();
        int n = 0;
        for (int i = 0; i < seconds.length; i++) {
            if (seconds[i] > 0 && published[i] == 0) {
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
