package io.footfall.runtime.analytics;

import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.sighting.Sighting;
import java.util.Map;

/**
 * A sighting record's value as a plain object: the fields of CONTRACT section 2 plus what the analytics add on the
 * way, {@code /randomized} (the anonymizer) and {@code /address} (the identity linker), and the device as it is
 * now (pseudonym, then identity). The sightings file origin emits sightings as these and the analytics stages
 * read and change them directly; a stage that asks for fields gets exactly the map the same steps would have
 * built field by field (added keys in the order they were added).
 */
public final class SightingValue implements Record.TypedValue {
    private final Sighting sighting;
    private String device;
    /** Null until the anonymizer sets it. */
    private Boolean randomized;
    /** Null until the linker sets it. */
    private String address;
    /** Whether /address was added before /randomized (the fields keep the order keys were added in). */
    private boolean addressFirst;

    public SightingValue(Sighting sighting) {
        this.sighting = sighting;
        this.device = sighting.device();
    }

    private SightingValue(SightingValue from) {
        this.sighting = from.sighting;
        this.device = from.device;
        this.randomized = from.randomized;
        this.address = from.address;
        this.addressFirst = from.addressFirst;
    }

    /** The record's sighting, for reading, while it is one (no stage changed its fields), else null. */
    public static SightingValue of(Record r) {
        return r.typed() instanceof SightingValue s ? s : null;
    }

    /** The record's sighting for its owner to change (see {@link Record#typedForUpdate()}), or null. */
    public static SightingValue forUpdate(Record r) {
        return r.typed() instanceof SightingValue ? (SightingValue) r.typedForUpdate() : null;
    }

    public long ts() {
        return sighting.ts();
    }

    public String sensor() {
        return sighting.sensor();
    }

    /** The device as it is now: the address as heard, its pseudonym, or the identity it was linked to. */
    public String device() {
        return device;
    }

    public void setDevice(String device) {
        this.device = device;
    }

    public int rssi() {
        return sighting.rssi();
    }

    public String kind() {
        return sighting.kind();
    }

    /** The sequence number, or null when the sighting has none. */
    public Integer seq() {
        return sighting.seq();
    }

    /** {@code /randomized}, or null when not set. */
    public Boolean randomized() {
        return randomized;
    }

    public void setRandomized(boolean randomized) {
        this.randomized = randomized;
    }

    /** {@code /address}, or null when not set. */
    public String address() {
        return address;
    }

    public void setAddress(String address) {
        if (this.address == null && randomized == null) {
            addressFirst = true;
        }
        this.address = address;
    }

    @Override
    public Field toField() {
        Field root = fields(sighting, device);
        Map<String, Field> m = root.asMap();
        if (addressFirst) {
            m.put("address", Field.of(address));
        }
        if (randomized != null) {
            m.put("randomized", Field.of(randomized.booleanValue()));
        }
        if (address != null && !addressFirst) {
            m.put("address", Field.of(address));
        }
        return root;
    }

    /** A sighting's fields as the contract's sighting line has them, under {@code device} instead of its own. */
    public static Field fields(Sighting s, String device) {
        Field root = Field.emptyMap();
        Map<String, Field> m = root.asMap();
        m.put("ts", Field.of(s.ts()));
        m.put("sensor", Field.of(s.sensor()));
        m.put("device", Field.of(device));
        m.put("rssi", Field.of((long) s.rssi()));
        m.put("kind", Field.of(s.kind()));
        if (s.seq() != null) {
            m.put("seq", Field.of((long) s.seq()));
        }
        if (s.channel() != null) {
            m.put("channel", Field.of((long) s.channel()));
        }
        if (s.txPower() != null) {
            m.put("txPower", Field.of((long) s.txPower()));
        }
        return root;
    }

    @Override
    public SightingValue copy() {
        return new SightingValue(this);
    }

    @Override
    public String toString() {
        return "Sighting" + toField();
    }
}
