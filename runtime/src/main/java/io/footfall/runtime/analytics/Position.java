package io.footfall.runtime.analytics;

import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import java.util.Map;

/**
 * A position record's value as a plain object: {@code {ts, device, x, y, zone, uncertainty}} (CONTRACT section 4
 * column names, in that order). The positioning stage emits positions as these, the zone stage fills in the zone,
 * and the stages that read positions take the values straight from here instead of looking up six fields per
 * record (a position is the most frequent record of the analytics, read by six stages). A stage that asks a
 * position record for fields gets exactly the map this describes.
 */
public final class Position implements Record.TypedValue {
    private final long ts;
    private final String device;
    private final double x;
    private final double y;
    private String zone;
    private final double uncertainty;

    public Position(long ts, String device, double x, double y, String zone, double uncertainty) {
        this.ts = ts;
        this.device = device;
        this.x = x;
        this.y = y;
        this.zone = zone;
        this.uncertainty = uncertainty;
    }

    /** The record's position, for reading, while it is one (no stage changed its fields), else null. */
    public static Position of(Record r) {
        return r.typed() instanceof Position p ? p : null;
    }

    /** The record's position for its owner to change (see {@link Record#typedForUpdate()}), or null. */
    public static Position forUpdate(Record r) {
        return r.typed() instanceof Position ? (Position) r.typedForUpdate() : null;
    }

    public long ts() {
        return ts;
    }

    public String device() {
        return device;
    }

    public double x() {
        return x;
    }

    public double y() {
        return y;
    }

    /** The zone id, or null outside every zone (or before the zone stage). */
    public String zone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public double uncertainty() {
        return uncertainty;
    }

    @Override
    public Field toField() {
        Field root = Field.emptyMap();
        Map<String, Field> m = root.asMap();
        m.put("ts", Field.of(ts));
        m.put("device", Field.of(device));
        m.put("x", Field.of(x));
        m.put("y", Field.of(y));
        m.put("zone", Field.of(zone));
        m.put("uncertainty", Field.of(uncertainty));
        return root;
    }

    @Override
    public Position copy() {
        return new Position(ts, device, x, y, zone, uncertainty);
    }

    @Override
    public String toString() {
        return "Position" + toField();
    }
}
