package io.footfall.simulator;

import java.util.SplittableRandom;

/**
 * When shoppers arrive: a non-homogeneous Poisson process whose rate follows a typical mall day (quiet
 * mornings, a lunch peak, a larger late-afternoon peak, a quiet evening), scaled so that the expected
 * number of arrivals over the run is {@code shoppersPerHour × hours}. Arrival times are drawn by
 * thinning a homogeneous process at the peak rate.
 */
public final class ArrivalProfile {
    /** Relative footfall by hour of day (UTC of the simulated clock), 0–23. */
    private static final double[] HOURLY = {
        0.02, 0.01, 0.01, 0.01, 0.01, 0.02, 0.05, 0.10, 0.25, 0.45, 0.60, 0.75,
        0.95, 0.90, 0.75, 0.75, 0.85, 1.00, 0.95, 0.80, 0.55, 0.30, 0.12, 0.05};

    private final long startMs;
    private final long durationMs;
    private final double scalePerMs;
    private final double peakPerMs;

    public ArrivalProfile(long startMs, long durationMs, double shoppersPerHour) {
        this.startMs = startMs;
        this.durationMs = durationMs;
        double integral = 0;
        double peak = 0;
        for (long t = 0; t < durationMs; t += 60_000) {
            double r = relative(startMs + t);
            integral += r * Math.min(60_000, durationMs - t);
            peak = Math.max(peak, r);
        }
        double expected = shoppersPerHour * durationMs / 3_600_000.0;
        this.scalePerMs = integral == 0 ? 0 : expected / integral;
        this.peakPerMs = peak * scalePerMs;
    }

    /** Relative rate at an instant: linear between the hourly values. */
    static double relative(long epochMs) {
        double hour = Math.floorMod(epochMs, 86_400_000L) / 3_600_000.0;
        int h = (int) hour;
        double f = hour - h;
        return HOURLY[h] * (1 - f) + HOURLY[(h + 1) % 24] * f;
    }

    /** Arrivals per millisecond at an instant. */
    public double ratePerMs(long epochMs) {
        return relative(epochMs) * scalePerMs;
    }

    /** Draws the arrival times (epoch ms, ascending) of one run. */
    public long[] arrivals(SplittableRandom random) {
        java.util.ArrayList<Long> times = new java.util.ArrayList<>();
        if (peakPerMs <= 0) {
            return new long[0];
        }
        double t = 0;
        while (true) {
            t += -Math.log(1 - random.nextDouble()) / peakPerMs;
            if (t >= durationMs) {
                break;
            }
            long at = startMs + (long) t;
            if (random.nextDouble() * peakPerMs < ratePerMs(at)) {
                times.add(at);
            }
        }
        return times.stream().mapToLong(Long::longValue).toArray();
    }
}
