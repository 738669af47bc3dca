package io.footfall.runtime.analytics.input;

import io.footfall.runtime.analytics.AnalyticsFields;
import io.footfall.runtime.analytics.SightingValue;
import io.footfall.runtime.analytics.StageFloorplans;
import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Processor;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.RecordProcessor;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageException;
import io.footfall.runtime.floorplan.Sensor;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Lets through only sightings the analytics can trust and sends every other one to the error stream with
 * its reason (and a counter per reason): a sensor the floorplan does not know, an RSSI outside the physical
 * range, a missing or mistyped field, and a timestamp that is not newer than the previous sighting of the
 * same device by the same sensor (a duplicate when equal, out of order when older). Ordering is checked per
 * sensor and device because separate sensors' streams legitimately interleave.
 */
public final class SightingCheckProcessor extends AbstractStage implements Processor {
    public static final String UNKNOWN_SENSOR = "UNKNOWN_SENSOR";
    public static final String RSSI_OUT_OF_RANGE = "RSSI_OUT_OF_RANGE";
    public static final String DUPLICATE_TIMESTAMP = "DUPLICATE_TIMESTAMP";
    public static final String OUT_OF_ORDER = "OUT_OF_ORDER";
    public static final String INVALID_SIGHTING = "INVALID_SIGHTING";

    /** Per device, the last timestamp heard by each sensor (by sensor index); forgotten after a quiet spell. */
    private final Map<String, DeviceClock> clocks = new HashMap<>();
    private final Map<String, Integer> sensorIndex = new HashMap<>();
    private boolean sensorsFromFloorplan;
    private int minRssi;
    private int maxRssi;
    private boolean checkOrder;
    private long forgetAfterMs;
    private long newestTs = Long.MIN_VALUE;
    private long lastSweepTs;

    private static final class DeviceClock {
        long[] lastTs;
        long lastSeen;

        DeviceClock(int sensors) {
            lastTs = new long[Math.max(4, sensors)];
            Arrays.fill(lastTs, Long.MIN_VALUE);
        }
    }

    @Override
    protected void configure(StageConfig config) {
        minRssi = config.getInt("minRssi");
        maxRssi = config.getInt("maxRssi");
        if (minRssi > maxRssi) {
            issue("minRssi", "must not be above maxRssi (" + maxRssi + ")");
        }
        checkOrder = config.getBoolean("checkOrder");
        forgetAfterMs = config.getLong("forgetAfterSeconds") * 1000;
        if (config.getBoolean("requireKnownSensor")) {
            Optional<io.footfall.runtime.floorplan.FloorplanGeometry> plan = StageFloorplans.resolve(context(), config);
            if (plan.isEmpty()) {
                issue("requireKnownSensor", "needs a floorplan to know the sensors: set the pipeline's floorplan or 'floorplan'");
                return;
            }
            for (Sensor s : plan.get().plan().sensors()) {
                sensorIndex.put(s.id(), sensorIndex.size());
            }
            sensorsFromFloorplan = true;
        }
    }

    @Override
    public void process(Batch batch, BatchMaker out) throws StageException {
        for (Record r : batch.records()) {
            String problem = check(r);
            if (problem == null) {
                out.add(r);
            } else {
                String code = problem.substring(0, problem.indexOf(':'));
                context().metrics().count(code, 1);
                RecordProcessor.onRecordError(context(), r, code, problem.substring(code.length() + 2));
            }
        }
        if (newestTs - lastSweepTs > forgetAfterMs) {
            forgetQuietDevices();
        }
    }

    /** "CODE: reason" for a rejected sighting, or null when it is fine. */
    private String check(Record r) {
        SightingValue s = SightingValue.of(r);
        if (s != null && s.rssi() >= minRssi && s.rssi() <= maxRssi) {
            // Typed: the fields are there with their types; out-of-range values take the path below for its message.
            return checkOrder(s.ts(), s.sensor(), s.device());
        }
        Field ts = r.get(AnalyticsFields.TS);
        Field sensor = r.get(AnalyticsFields.SENSOR);
        Field device = r.get(AnalyticsFields.DEVICE);
        Field rssi = r.get(AnalyticsFields.RSSI);
        if (ts == null || !ts.isNumber() && ts.type() != Field.Type.TIMESTAMP) {
            return INVALID_SIGHTING + ": '/ts' must be epoch milliseconds, found " + ts;
        }
        if (sensor == null || sensor.type() != Field.Type.STRING) {
            return INVALID_SIGHTING + ": '/sensor' must be a string, found " + sensor;
        }
        if (device == null || device.type() != Field.Type.STRING) {
            return INVALID_SIGHTING + ": '/device' must be a string, found " + device;
        }
        if (rssi == null || !rssi.isNumber()) {
            return INVALID_SIGHTING + ": '/rssi' must be a number, found " + rssi;
        }
        double dbm = rssi.asDouble();
        if (dbm < minRssi || dbm > maxRssi) {
            return RSSI_OUT_OF_RANGE + ": rssi " + rssi + " dBm is outside [" + minRssi + ", " + maxRssi + "]";
        }
        return checkOrder(ts.asLong(), sensor.asString(), device.asString());
    }

    /** The checks after the fields' types and the RSSI range: a known sensor, and the order per sensor and device. */
    private String checkOrder(long t, String sensor, String device) {
        Integer index = sensorIndex.get(sensor);
        if (index == null) {
            if (sensorsFromFloorplan) {
                return UNKNOWN_SENSOR + ": sensor '" + sensor + "' is not on the floorplan";
            }
            index = sensorIndex.size();
            sensorIndex.put(sensor, index);
        }
        newestTs = Math.max(newestTs, t);
        if (!checkOrder) {
            return null;
        }
        DeviceClock clock = clocks.computeIfAbsent(device, d -> new DeviceClock(sensorIndex.size()));
        if (index >= clock.lastTs.length) {
            int old = clock.lastTs.length;
            clock.lastTs = Arrays.copyOf(clock.lastTs, Math.max(index + 1, old * 2));
            Arrays.fill(clock.lastTs, old, clock.lastTs.length, Long.MIN_VALUE);
        }
        long previous = clock.lastTs[index];
        if (t == previous) {
            return DUPLICATE_TIMESTAMP + ": sensor '" + sensor + "' already reported this device at ts " + t;
        }
        if (t < previous) {
            return OUT_OF_ORDER + ": ts " + t + " is " + (previous - t) + " ms older than the previous sighting of this "
                    + "device by sensor '" + sensor + "'";
        }
        clock.lastTs[index] = t;
        clock.lastSeen = Math.max(clock.lastSeen, t);
        return null;
    }

    private void forgetQuietDevices() {
        long horizon = newestTs - forgetAfterMs;
        for (Iterator<DeviceClock> it = clocks.values().iterator(); it.hasNext(); ) {
            if (it.next().lastSeen < horizon) {
                it.remove();
            }
        }
        lastSweepTs = newestTs;
        context().metrics().gauge("trackedDevices", clocks.size());
    }
}
