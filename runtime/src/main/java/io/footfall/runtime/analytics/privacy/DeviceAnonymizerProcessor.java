package io.footfall.runtime.analytics.privacy;

import io.footfall.runtime.analytics.AnalyticsFields;
import io.footfall.runtime.analytics.SightingValue;
import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.OnRecordErrorException;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.RecordProcessor;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.sighting.Sighting;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * Replaces the device address with its keyed pseudonym (see {@link DeviceHasher}) so raw addresses never
 * reach a destination, and records in {@code /randomized} whether the address was a randomized one, which
 * the visitor counting needs and which reveals nothing about the device.
 * An empty salt means a random one for this run: pseudonyms are then not comparable across runs.
 */
public final class DeviceAnonymizerProcessor extends RecordProcessor {
    private DeviceHasher hasher;
    private String field;
    /** Whether the address is the sighting's {@code /device}: typed sightings are then changed directly. */
    private boolean onDevice;

    @Override
    protected void configure(StageConfig config) {
        field = config.getString("field");
        onDevice = AnalyticsFields.DEVICE.equals(field);
        String salt = config.getString("salt");
        byte[] key;
        if (salt == null || salt.isBlank()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        } else {
            key = salt.getBytes(StandardCharsets.UTF_8);
        }
        try {
            hasher = new DeviceHasher(key, config.getEnum("rotation", KeyRotation.class), config.getInt("hashBytes"));
        } catch (IllegalArgumentException e) {
            issue("hashBytes", e.getMessage());
        }
    }

    @Override
    protected void process(Record record, BatchMaker out) throws OnRecordErrorException {
        SightingValue s = onDevice ? SightingValue.forUpdate(record) : null;
        if (s != null) {
            String raw = s.device();
            s.setRandomized(Sighting.isRandomized(raw));
            s.setDevice(hasher.pseudonym(raw, s.ts()));
            out.add(record);
            return;
        }
        Field address = record.get(field);
        if (address == null || address.type() != Field.Type.STRING) {
            throw new OnRecordErrorException("NO_DEVICE", "no device address (a string) at " + field);
        }
        Field ts = record.get(AnalyticsFields.TS);
        if (ts == null || !ts.isNumber() && ts.type() != Field.Type.TIMESTAMP) {
            throw new OnRecordErrorException("NO_TIMESTAMP", "no timestamp at " + AnalyticsFields.TS
                    + " to choose the pseudonym's key period");
        }
        String raw = address.asString();
        record.set(AnalyticsFields.RANDOMIZED, Field.of(Sighting.isRandomized(raw)));
        record.set(field, Field.of(hasher.pseudonym(raw, ts.asLong())));
        out.add(record);
    }
}
