package io.footfall.runtime.analytics.data;

/**
 * One line of a {@code *_all_sensors.mbd} track: a receiver heard the beacon at {@code rssi} dBm while
 * the camera system placed the beacon at (x, y, z). {@code ts} is epoch milliseconds.
 */
public record BogaziciReading(long ts, String receiverMac, String beaconMac, int rssi, double x, double y, double z) {
}
