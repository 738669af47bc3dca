package io.footfall.simulator;

/**
 * How one sensor hears: log-distance path loss with a reference RSSI at 1 m, a path-loss exponent,
 * log-normal shadowing (σ in dB, redrawn for every frame) and a detection floor below which nothing
 * is reported. Wall attenuation comes from the floorplan.
 */
public record RadioParams(double wifiRssiAt1m, double bleRssiAt1m, double exponent, double shadowingSigmaDb,
                          double wifiFloorDbm, double bleFloorDbm) {

    /** Signals whose mean is more than this many σ under the floor are treated as unheard (0.13 % would be). */
    public static final double HEARING_MARGIN_SIGMAS = 3;

    /** Typical indoor mall values: phones at ~15 dBm WiFi / ~0 dBm BLE, exponent 3 in a busy hall. */
    public static final RadioParams DEFAULT = new RadioParams(-40, -59, 3.0, 4.0, -92, -100);

    public double rssiAt1m(boolean wifi) {
        return wifi ? wifiRssiAt1m : bleRssiAt1m;
    }

    public double floor(boolean wifi) {
        return wifi ? wifiFloorDbm : bleFloorDbm;
    }

    /** Mean RSSI at a 3-D distance (meters, clamped to 1 m) through walls worth {@code wallDb}. */
    public double meanRssi(boolean wifi, double distance, double wallDb) {
        return rssiAt1m(wifi) - 10 * exponent * Math.log10(Math.max(1.0, distance)) - wallDb;
    }

    /**
     * Beyond this distance even a +{@value #HEARING_MARGIN_SIGMAS}σ shadowing draw stays under the floor,
     * so the sensor is skipped without computing walls.
     */
    public double maxRange(boolean wifi) {
        double margin = rssiAt1m(wifi) - floor(wifi) + HEARING_MARGIN_SIGMAS * shadowingSigmaDb;
        return Math.pow(10, margin / (10 * exponent));
    }
}
