package io.footfall.runtime.analytics.positioning;

/**
 * How one kind of radio (WiFi probes or BLE adverts) is heard: log-distance path loss with {@code rssiAt1m}
 * and {@code exponent}, log-normal shadowing of {@code sigmaDb} per frame, and a detection floor under which
 * a sensor reports nothing. Sensors hang {@code sensorAboveDeviceM} above the phone. Walls come from the
 * floorplan. The defaults are typical indoor-mall values (phones at about 15 dBm WiFi / 0 dBm BLE, a busy
 * hall's exponent of 3, commodity sensors' floors), the same physics the simulator's defaults use; a real
 * site can calibrate them (see docs/analytics.md).
 */
public record RadioModel(double rssiAt1m, double exponent, double sigmaDb, double floorDbm, double sensorAboveDeviceM) {

    public static final RadioModel WIFI_DEFAULT = new RadioModel(-40, 3.0, 4.0, -92, 1.8);
    public static final RadioModel BLE_DEFAULT = new RadioModel(-59, 3.0, 4.0, -100, 1.8);

    public RadioModel {
        if (!(exponent > 0) || !(sigmaDb > 0) || !Double.isFinite(rssiAt1m) || !Double.isFinite(floorDbm)
                || !(sensorAboveDeviceM >= 0) || floorDbm >= rssiAt1m) {
            throw new IllegalArgumentException("a radio model needs finite levels with the floor under the 1 m level, "
                    + "a positive exponent and sigma, got " + this);
        }
    }

    /** Mean RSSI at a horizontal distance through walls worth {@code wallDb}. */
    public double meanRssi(double horizontalDistance, double wallDb) {
        double d = Math.sqrt(horizontalDistance * horizontalDistance + sensorAboveDeviceM * sensorAboveDeviceM);
        return rssiAt1m - 10 * exponent * Math.log10(Math.max(1.0, d)) - wallDb;
    }

    /** Below this mean a sensor hears a frame less than 2.3 % of the time: too weak to tell anything. */
    public double weakestUsefulMean() {
        return floorDbm - 2 * sigmaDb;
    }

    /** The horizontal distance beyond which even a reading of {@code rssi} plus 3σ of shadowing is impossible. */
    public double horizontalRangeFor(double rssi) {
        return horizontalRangeFor(rssi, 3);
    }

    /** The horizontal distance at which {@code rssi} is {@code sigmas}σ above the open-space mean. */
    public double horizontalRangeFor(double rssi, double sigmas) {
        double d = Math.pow(10, (rssiAt1m - (rssi - sigmas * sigmaDb)) / (10 * exponent));
        return Math.sqrt(Math.max(0, d * d - sensorAboveDeviceM * sensorAboveDeviceM));
    }
}
