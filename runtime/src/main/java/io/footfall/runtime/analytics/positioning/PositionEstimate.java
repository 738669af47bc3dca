package io.footfall.runtime.analytics.positioning;

/** A device's estimated position at {@code ts} (epoch ms) with a 1-sigma-like radius of uncertainty in meters. */
public record PositionEstimate(long ts, double x, double y, double uncertainty) {
}
