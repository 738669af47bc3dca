package io.footfall.runtime.analytics.tracking;

/**
 * What the positioning stage needs from a positioning method: one instance per device, fed its sightings in
 * time order, asked for the position at regular times.
 */
public interface DeviceTracker {

    /** One sighting: the sensor's index, RSSI in dBm, time in epoch ms. */
    void observe(long ts, int sensor, int rssi);

    /** The position at {@code ts} as {x, y, uncertainty}, or null when there is not enough recent data. */
    double[] estimate(long ts);

    /** How far past {@code ts} an estimate for {@code ts} looks; 0 for causal methods. */
    default long lagMillis() {
        return 0;
    }
}
