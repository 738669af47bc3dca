package io.footfall.runtime.analytics.positioning;

/**
 * Estimates one device's position from the sightings it receives, in time order. One instance per
 * device; not thread-safe (a pipeline partitions devices across threads).
 *
 * <p>Contract: {@link #observe} is called in non-decreasing time; {@link #estimate}(ts) is called with
 * non-decreasing ts once every sighting before {@code ts + lagMillis()} has been observed (a method with
 * a fixed lag looks that far ahead of the time it reports). Sightings up to {@link #MAX_OBSERVED_AHEAD_MILLIS}
 * beyond that may already have been observed (a stream's allowed lateness, a batch): they are not lost.
 */
public interface DevicePositioner {

    /** How far past {@code ts + lagMillis()} a caller may have observed when it asks for {@code ts}. */
    long MAX_OBSERVED_AHEAD_MILLIS = 60_000;

    /** One sighting: sensor index in the {@link SensorLayout}, RSSI in dBm, time in epoch ms. */
    void observe(long ts, int sensor, int rssi);

    /** The position at {@code ts}, or null when there is not enough recent data to say. */
    PositionEstimate estimate(long ts);

    /** How far past {@code ts} an estimate for {@code ts} looks; 0 for purely causal methods. */
    default long lagMillis() {
        return 0;
    }
}
