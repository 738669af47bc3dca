package io.footfall.runtime.analytics.positioning;

import io.footfall.runtime.sighting.Sighting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Turns a time-ordered stream of sightings of many devices into a time-ordered-per-device stream of
 * estimates, one every {@code cadenceMillis} while a device is heard. Each device gets its own
 * {@link DevicePositioner}; a device silent for {@code forgetAfterMillis} is finished and forgotten, so
 * memory grows with the devices present, not with the sightings.
 */
public final class PositionStream {

    /** Receives each estimate with the device it belongs to. */
    @FunctionalInterface
    public interface Sink {
        void accept(String device, PositionEstimate estimate);
    }

    private final SensorLayout layout;
    private final Supplier<DevicePositioner> positioners;
    private final long cadenceMillis;
    private final long forgetAfterMillis;
    private final Sink sink;
    private final Map<String, DeviceTrack> devices = new HashMap<>();
    private long unknownSensor;
    private long outOfOrder;
    private long latestTs = Long.MIN_VALUE;
    private long sinceSweep;

    public PositionStream(SensorLayout layout, Supplier<DevicePositioner> positioners, long cadenceMillis,
                          long forgetAfterMillis, Sink sink) {
        if (cadenceMillis <= 0 || forgetAfterMillis <= 0) {
            throw new IllegalArgumentException("cadence and forget-after must be positive");
        }
        this.layout = layout;
        this.positioners = positioners;
        this.cadenceMillis = cadenceMillis;
        this.forgetAfterMillis = forgetAfterMillis;
        this.sink = sink;
    }

    /**
     * Feeds one sighting. Returns false (and counts why) for a sighting positioning cannot use: an
     * unknown sensor, or one older than the device's last; the caller routes those to its error stream.
     */
    public boolean accept(Sighting s) {
        int sensor = layout.indexOf(s.sensor());
        if (sensor < 0) {
            unknownSensor++;
            return false;
        }
        DeviceTrack track = devices.get(s.device());
        if (track != null && s.ts() < track.lastTs) {
            outOfOrder++;
            return false;
        }
        if (track != null && s.ts() - track.lastTs > forgetAfterMillis) {
            track.finish();
            track = null;
        }
        if (track == null) {
            track = new DeviceTrack(s.device(), positioners.get(), s.ts());
            devices.put(s.device(), track);
        }
        track.emitUpTo(s.ts());
        track.positioner.observe(s.ts(), sensor, s.rssi());
        track.lastTs = s.ts();
        latestTs = Math.max(latestTs, s.ts());
        if (++sinceSweep >= 10_000) {
            sweep();
        }
        return true;
    }

    /** Emits what is left for every device (the end of the input). */
    public void finish() {
        for (DeviceTrack t : devices.values()) {
            t.finish();
        }
        devices.clear();
    }

    public long unknownSensorCount() {
        return unknownSensor;
    }

    public long outOfOrderCount() {
        return outOfOrder;
    }

    private void sweep() {
        sinceSweep = 0;
        for (Iterator<DeviceTrack> it = devices.values().iterator(); it.hasNext(); ) {
            DeviceTrack t = it.next();
            if (latestTs - t.lastTs > forgetAfterMillis) {
                t.finish();
                it.remove();
            }
        }
    }

    /** Convenience for tests and tools: every estimate of a whole, time-ordered list of sightings. */
    public static List<DeviceEstimate> run(SensorLayout layout, Supplier<DevicePositioner> positioners,
                                           long cadenceMillis, long forgetAfterMillis, Iterable<Sighting> sightings) {
        List<DeviceEstimate> out = new ArrayList<>();
        PositionStream stream = new PositionStream(layout, positioners, cadenceMillis, forgetAfterMillis,
                (device, e) -> out.add(new DeviceEstimate(device, e)));
        for (Sighting s : sightings) {
            stream.accept(s);
        }
        stream.finish();
        return out;
    }

    /** An estimate with its device. */
    public record DeviceEstimate(String device, PositionEstimate estimate) {
    }

    private final class DeviceTrack {
        final String device;
        final DevicePositioner positioner;
        long nextEstimateTs;
        long lastTs;

        DeviceTrack(String device, DevicePositioner positioner, long firstTs) {
            this.device = device;
            this.positioner = positioner;
            this.nextEstimateTs = firstTs + cadenceMillis;
            this.lastTs = firstTs;
        }

        /** Every estimate whose look-ahead ends at or before {@code ts} has all its readings: emit it. */
        void emitUpTo(long ts) {
            while (nextEstimateTs + positioner.lagMillis() <= ts) {
                emit();
            }
        }

        void finish() {
            while (nextEstimateTs <= lastTs) {
                emit();
            }
        }

        private void emit() {
            PositionEstimate e = positioner.estimate(nextEstimateTs);
            if (e != null) {
                sink.accept(device, e);
            }
            nextEstimateTs += cadenceMillis;
        }
    }
}
