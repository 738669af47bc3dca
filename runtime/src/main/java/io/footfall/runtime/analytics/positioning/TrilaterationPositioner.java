package io.footfall.runtime.analytics.positioning;

/**
 * Least-squares trilateration on the log-distance model, solved in dB (where the RSSI noise is roughly
 * Gaussian) by damped Gauss-Newton with robust re-weighting: Huber first (convex, so it converges from
 * the centroid start), then Tukey's biweight, which gives a sensor blocked by a body or a shelf (a
 * residual beyond four Huber widths, 24 dB by default) no say at all. Stays inside the area's bounds.
 */
public final class TrilaterationPositioner implements DevicePositioner {
    private static final int ITERATIONS = 20;
    private static final double LN10 = Math.log(10.0);

    private final SensorLayout layout;
    private final PathLossModel model;
    private final WalkableArea area;
    private final long windowMillis;
    private final double huberDb;
    private final ReadingWindow window;
    private final WeightedCentroidPositioner start;
    private final double[] mean;
    private final int[] count;

    /**
     * @param huberDb residuals beyond this many dB count linearly, not quadratically (about one
     *                standard deviation of indoor shadowing)
     */
    public TrilaterationPositioner(SensorLayout layout, PathLossModel model, WalkableArea area, long windowMillis, double huberDb) {
        this.layout = layout;
        this.model = model;
        this.area = area;
        this.windowMillis = windowMillis;
        this.huberDb = huberDb;
        this.window = new ReadingWindow(windowMillis + MAX_OBSERVED_AHEAD_MILLIS);
        this.start = new WeightedCentroidPositioner(layout, windowMillis, 3);
        this.mean = new double[layout.size()];
        this.count = new int[layout.size()];
    }

    @Override
    public void observe(long ts, int sensor, int rssi) {
        window.add(ts, sensor, rssi);
        start.observe(ts, sensor, rssi);
    }

    @Override
    public PositionEstimate estimate(long ts) {
        PositionEstimate initial = start.estimate(ts);
        if (initial == null) {
            return null;
        }
        int heard = window.meanPerSensor(ts - windowMillis, ts, mean, count);
        if (heard < 3) {
            return initial; // two circles do not fix a point: the centroid is the honest answer
        }
        double x = initial.x();
        double y = initial.y();
        double slope = 10.0 * model.exponent() / LN10;
        double lambda = 1e-3;
        double[] normal = new double[5]; // a, b, c of J'WJ (symmetric 2x2), then J'Wr
        boolean tukey = false;
        double cost = weightedCost(x, y, normal, slope, tukey);
        for (int it = 0; it < 2 * ITERATIONS; it++) {
            if (it == ITERATIONS) {
                tukey = true;
                lambda = 1e-3;
                cost = weightedCost(x, y, normal, slope, tukey);
            }
            double a = normal[0] * (1 + lambda) + 1e-9;
            double b = normal[1];
            double c = normal[2] * (1 + lambda) + 1e-9;
            double det = a * c - b * b;
            double dx = -(c * normal[3] - b * normal[4]) / det;
            double dy = -(a * normal[4] - b * normal[3]) / det;
            double nx = clamp(x + dx, area.minX(), area.maxX());
            double ny = clamp(y + dy, area.minY(), area.maxY());
            double[] trial = new double[5];
            double trialCost = weightedCost(nx, ny, trial, slope, tukey);
            if (trialCost <= cost) {
                boolean converged = Math.abs(nx - x) + Math.abs(ny - y) < 1e-3;
                x = nx;
                y = ny;
                cost = trialCost;
                System.arraycopy(trial, 0, normal, 0, 5);
                lambda = Math.max(1e-6, lambda / 10);
                if (converged && tukey) {
                    break;
                }
                if (converged) {
                    it = ITERATIONS - 1; // on to the redescending phase
                }
            } else {
                lambda *= 10;
            }
        }
        // Uncertainty from the curvature of the fit scaled by its own residual spread.
        double sigma2 = heard > 2 ? Math.max(1.0, 2 * cost / (heard - 2)) : huberDb * huberDb;
        double det = normal[0] * normal[2] - normal[1] * normal[1];
        double traceInverse = det > 1e-12 ? (normal[0] + normal[2]) / det : Double.POSITIVE_INFINITY;
        double diagonal = Math.hypot(area.maxX() - area.minX(), area.maxY() - area.minY());
        double uncertainty = Math.min(diagonal, Math.sqrt(sigma2 * traceInverse));
        return new PositionEstimate(ts, x, y, uncertainty);
    }

    /** Robust cost at (x, y); fills J'WJ and J'Wr of the residuals (measured minus model). */
    private double weightedCost(double x, double y, double[] normal, double slope, boolean tukey) {
        double c = 4 * huberDb;
        java.util.Arrays.fill(normal, 0);
        double cost = 0;
        for (int s = 0; s < mean.length; s++) {
            if (Double.isNaN(mean[s])) {
                continue;
            }
            double d = model.distance(x, y, layout.x(s), layout.y(s), layout.height(s));
            double r = mean[s] - model.expectedRssi(d);
            double abs = Math.abs(r);
            double w;
            if (tukey) {
                double u = Math.min(1.0, abs / c);
                double v = 1 - u * u;
                w = v * v;
                cost += c * c / 6 * (1 - v * v * v);
            } else {
                w = abs <= huberDb ? 1.0 : huberDb / abs;
                cost += abs <= huberDb ? 0.5 * r * r : huberDb * (abs - 0.5 * huberDb);
            }
            // d(residual)/dx: the model falls with distance, so the residual rises as x moves away.
            double jx = d > model.minDistance() ? slope * (x - layout.x(s)) / (d * d) : 0;
            double jy = d > model.minDistance() ? slope * (y - layout.y(s)) / (d * d) : 0;
            normal[0] += w * jx * jx;
            normal[1] += w * jx * jy;
            normal[2] += w * jy * jy;
            normal[3] += w * jx * r;
            normal[4] += w * jy * r;
        }
        return cost;
    }

    private static double clamp(double v, double lo, double hi) {
        return v < lo ? lo : Math.min(v, hi);
    }
}
