package io.footfall.runtime.floorplan;

import java.util.ArrayList;
import java.util.List;

/**
 * Radio attenuation from one fixed point (a sensor) to anywhere within a range, fast: the walls are
 * binned by the directions they cover as seen from the origin, so a query only tests the few walls in
 * the direction of the target. Exact: the bins hold a superset of the walls a ray can cross.
 * Built in one pass over the walls; queries are thread-safe.
 */
public final class WallFan {
    private static final int BINS = 1440;
    private static final double BIN_WIDTH = 2 * Math.PI / BINS;

    private final double ox;
    private final double oy;
    private final double[][] segments;
    /** Per bin, wall indexes sorted by their distance from the origin, so a query stops at its target. */
    private final int[][] bins;
    /** Squared distance from the origin to the nearest point of each wall. */
    private final double[] near2;

    WallFan(Point origin, List<Wall> walls, double range) {
        ox = origin.x();
        oy = origin.y();
        List<List<Integer>> lists = new ArrayList<>(BINS);
        for (int i = 0; i < BINS; i++) {
            lists.add(new ArrayList<>());
        }
        List<double[]> kept = new ArrayList<>();
        for (Wall w : walls) {
            double ax = w.from().x() - ox;
            double ay = w.from().y() - oy;
            double bx = w.to().x() - ox;
            double by = w.to().y() - oy;
            if (Geometry.distanceToSegment(0, 0, ax, ay, bx, by) > range) {
                continue;
            }
            int index = kept.size();
            double near = Geometry.distanceToSegment(0, 0, ax, ay, bx, by);
            kept.add(new double[] {w.from().x(), w.from().y(), w.to().x(), w.to().y(), w.attenuationDb(), near * near});
            if (Geometry.distanceToSegment(0, 0, ax, ay, bx, by) < 1e-6) {
                // A wall through the origin can be crossed in any direction: keep it everywhere.
                lists.forEach(l -> l.add(index));
                continue;
            }
            double a1 = Math.atan2(ay, ax);
            double a2 = Math.atan2(by, bx);
            double span = a2 - a1;
            if (span > Math.PI) {
                span -= 2 * Math.PI;
            } else if (span < -Math.PI) {
                span += 2 * Math.PI;
            }
            double from = Math.min(a1, a1 + span);
            int first = (int) Math.floor((from + Math.PI) / BIN_WIDTH) - 1;
            int last = (int) Math.floor((from + Math.abs(span) + Math.PI) / BIN_WIDTH) + 1;
            for (int b = first; b <= last; b++) {
                lists.get(Math.floorMod(b, BINS)).add(index);
            }
        }
        segments = kept.toArray(double[][]::new);
        near2 = kept.stream().mapToDouble(k -> k[5]).toArray();
        bins = lists.stream().map(l -> l.stream().sorted(java.util.Comparator.comparingDouble(i -> near2[i]))
                .mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** Sum of {@code attenuationDb} of the walls the straight line from the origin to (x, y) crosses or touches. */
    public double attenuationDb(double x, double y) {
        return attenuationDb(x, y, Double.POSITIVE_INFINITY);
    }

    /**
     * Like {@link #attenuationDb(double, double)}, but may stop counting as soon as the total exceeds
     * {@code stopAboveDb} (nearest walls first) and return that partial total: enough to know a signal is
     * too weak to hear.
     */
    public double attenuationDb(double x, double y, double stopAboveDb) {
        double dx = x - ox;
        double dy = y - oy;
        if (dx == 0 && dy == 0) {
            return 0;
        }
        int bin = Math.floorMod((int) Math.floor((Math.atan2(dy, dx) + Math.PI) / BIN_WIDTH), BINS);
        double total = 0;
        double reach2 = (dx * dx + dy * dy) * (1 + 1e-9) + 1e-12;
        for (int i : bins[bin]) {
            if (near2[i] > reach2) {
                break;
            }
            double[] s = segments[i];
            if (Geometry.segmentsIntersect(ox, oy, x, y, s[0], s[1], s[2], s[3])) {
                total += s[4];
                if (total > stopAboveDb) {
                    return total;
                }
            }
        }
        return total;
    }
}
