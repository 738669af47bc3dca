package io.footfall.canvas.demo;

import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Plausible-looking foot traffic for demos and benchmarks: crowds around walkway and food-court zones
 * that drift with time, sampled onto a rows × cols grid over the plan. Not a simulation — the sim
 * helper's simulator is — only something to draw.
 */
public final class HeatField {
    private record Crowd(double x, double y, double radius, double weight, double phase) {
    }

    private final Floorplan plan;
    private final List<Crowd> crowds = new ArrayList<>();

    public HeatField(Floorplan plan, long seed) {
        this.plan = plan;
        Random random = new Random(seed);
        for (Zone z : plan.zones()) {
            if (!z.kind().isWalkway() && !z.kind().isVisited()) {
                continue;
            }
            var b = z.bounds();
            double weight = z.kind().isWalkway() ? 1.0 : 0.6 + random.nextDouble();
            crowds.add(new Crowd(b.minX() + b.width() / 2, b.minY() + b.height() / 2,
                    Math.max(4, Math.min(b.width(), b.height()) * 0.6), weight * (0.3 + random.nextDouble()),
                    random.nextDouble() * Math.PI * 2));
        }
    }

    /** The field at time {@code t} seconds on a grid of {@code rows × cols} cells covering the plan. */
    public double[][] sample(int rows, int cols, double t) {
        double[][] grid = new double[rows][cols];
        double cw = plan.width() / cols;
        double ch = plan.height() / rows;
        for (Crowd c : crowds) {
            double cx = c.x() + Math.sin(t * 0.4 + c.phase()) * c.radius() * 0.5;
            double cy = c.y() + Math.cos(t * 0.3 + c.phase()) * c.radius() * 0.3;
            double w = c.weight() * (0.75 + 0.25 * Math.sin(t + c.phase()));
            int r0 = Math.max(0, (int) ((cy - 3 * c.radius()) / ch));
            int r1 = Math.min(rows - 1, (int) ((cy + 3 * c.radius()) / ch));
            int c0 = Math.max(0, (int) ((cx - 3 * c.radius()) / cw));
            int c1 = Math.min(cols - 1, (int) ((cx + 3 * c.radius()) / cw));
            double inv = 1 / (2 * c.radius() * c.radius());
            for (int r = r0; r <= r1; r++) {
                double dy = (r + 0.5) * ch - cy;
                for (int k = c0; k <= c1; k++) {
                    double dx = (k + 0.5) * cw - cx;
                    grid[r][k] += w * Math.exp(-(dx * dx + dy * dy) * inv);
                }
            }
        }
        return grid;
    }
}
