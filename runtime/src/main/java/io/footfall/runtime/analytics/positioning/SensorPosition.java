package io.footfall.runtime.analytics.positioning;

/**
 * Where a sensor is mounted, in floorplan meters; {@code height} above the floor, or NaN when the
 * floorplan does not say (the path-loss model then treats it as level with the device).
 */
public record SensorPosition(String id, double x, double y, double height) {
}
