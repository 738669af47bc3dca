package io.footfall.runtime.analytics.positioning;

/**
 * The log-distance path-loss model: {@code rssi(d) = refRssi - 10 * exponent * log10(d)}, d the slant
 * distance in meters from the device (held at {@code deviceHeight}) to the sensor, never less than
 * {@code minDistance} (the model is meaningless in the antenna's near field).
 *
 * <p>{@link #DEFAULT} is textbook physics, not a fit to any one site: -60 dBm at 1 m is what BLE
 * beacons and phones advertising at 0 dBm typically give (the iBeacon "measured power" convention
 * is -59), and exponent 2 is free-space spreading, which line-of-sight indoor paths follow within a
 * few meters. A phone is held or pocketed about 1.2 m above the floor.
 */
public record PathLossModel(double refRssi, double exponent, double deviceHeight, double minDistance) {

    public static final PathLossModel DEFAULT = new PathLossModel(-60.0, 2.0, 1.2, 0.5);

    public PathLossModel {
        if (!(exponent > 0) || !(minDistance > 0) || !Double.isFinite(refRssi) || !Double.isFinite(deviceHeight)) {
            throw new IllegalArgumentException("path-loss model needs a finite refRssi and deviceHeight and a positive"
                    + " exponent and minDistance, got " + refRssi + ", " + exponent + ", " + deviceHeight + ", " + minDistance);
        }
    }

    /** Slant distance from a device at (x, y) to a sensor at (sx, sy) mounted at {@code sensorHeight} (NaN: level). */
    public double distance(double x, double y, double sx, double sy, double sensorHeight) {
        double dx = x - sx;
        double dy = y - sy;
        double dz = Double.isNaN(sensorHeight) ? 0 : sensorHeight - deviceHeight;
        return Math.max(minDistance, Math.sqrt(dx * dx + dy * dy + dz * dz));
    }

    public double expectedRssi(double distance) {
        return refRssi - 10.0 * exponent * Math.log10(Math.max(minDistance, distance));
    }

    /** The slant distance at which the model expects {@code rssi}. */
    public double distanceFor(double rssi) {
        return Math.max(minDistance, Math.pow(10.0, (refRssi - rssi) / (10.0 * exponent)));
    }

    public PathLossModel withRefRssi(double newRefRssi) {
        return new PathLossModel(newRefRssi, exponent, deviceHeight, minDistance);
    }

    public PathLossModel withExponent(double newExponent) {
        return new PathLossModel(refRssi, newExponent, deviceHeight, minDistance);
    }
}
