package io.footfall.runtime.analytics.identity;

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
import io.footfall.runtime.sighting.Sighting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the phone's identity (see {@link AddressLinker}) in {@code /device} and keeps the address as heard in
 * {@code /address}, so positions, visits and counts follow a person across address rotations.
 * Whether an address is randomized comes from {@code /randomized} (set by the anonymizer, which hides the
 * address bits) or, on raw addresses, from the address itself.
 */
public final class IdentityLinkerProcessor extends AbstractStage implements Processor {
    private AddressLinker linker;
    /** Sightings of new randomized addresses, held until their first burst is over and the link decided. */
    private final Map<String, List<Record>> held = new HashMap<>();
    private long sweepEveryMs;
    private long lastSweep;

    @Override
    protected void configure(StageConfig config) {
        long window = config.getLong("linkWindowSeconds") * 1000;
        AddressLinker.SensorRanges ranges = StageFloorplans.resolve(context(), config).map(SensorDistances::new)
                .orElse(null);
        linker = new AddressLinker(window, config.getInt("maxSeqGap"), config.getDouble("maxFingerprintDb"),
                config.getLong("forgetAfterSeconds") * 1000, ranges, config.getDouble("maxWalkSpeed"));
        sweepEveryMs = Math.max(window, 10_000);
    }

    @Override
    public void process(Batch batch, BatchMaker out) throws StageException {
        long newest = Long.MIN_VALUE;
        for (Record r : batch.records()) {
            SightingValue s = SightingValue.of(r);
            if (s != null) {
                Boolean flag = s.randomized();
                String address = s.device();
                observe(r, address, flag != null ? flag : Sighting.isRandomized(address), s.ts(), s.seq(), s.sensor(),
                        s.rssi(), out);
                newest = Math.max(newest, s.ts());
                continue;
            }
            Field device = r.get(AnalyticsFields.DEVICE);
            Field ts = r.get(AnalyticsFields.TS);
            Field sensor = r.get(AnalyticsFields.SENSOR);
            Field rssi = r.get(AnalyticsFields.RSSI);
            if (device == null || ts == null || sensor == null || rssi == null) {
                RecordProcessor.onRecordError(context(), r, "NOT_A_SIGHTING",
                        "needs /device, /ts, /sensor and /rssi to link addresses");
                continue;
            }
            String address = device.asString();
            Field flag = r.get(AnalyticsFields.RANDOMIZED);
            boolean randomized = flag != null ? flag.asBoolean() : Sighting.isRandomized(address);
            Field seq = r.get(AnalyticsFields.SEQ);
            long t = ts.asLong();
            observe(r, address, randomized, t, seq == null || seq.isNull() ? null : (int) seq.asLong(), sensor.asString(),
                    (int) rssi.asLong(), out);
            newest = Math.max(newest, t);
        }
        if (newest != Long.MIN_VALUE && newest - lastSweep > sweepEveryMs) {
            linker.forgetQuiet();
            lastSweep = newest;
        }
        publishGauges();
    }

    private void observe(Record r, String address, boolean randomized, long t, Integer seq, String sensor, int rssi,
                         BatchMaker out) {
        release(linker.resolveDue(t), out);
        String identity = linker.observe(address, randomized, t, seq, sensor, rssi);
        if (identity == null) {
            held.computeIfAbsent(address, a -> new ArrayList<>()).add(r);
        } else {
            out.add(withIdentity(r, identity));
        }
    }

    @Override
    public void flush(BatchMaker out) {
        release(linker.resolveAll(), out);
        publishGauges();
    }

    /** The sightings of addresses just decided, with their identity: they were held for one burst. */
    private void release(List<String> decided, BatchMaker out) {
        for (String address : decided) {
            String identity = linker.identityOf(address);
            for (Record r : held.remove(address)) {
                out.add(withIdentity(r, identity));
            }
        }
    }

    private static Record withIdentity(Record r, String identity) {
        SightingValue s = SightingValue.forUpdate(r);
        if (s != null) {
            s.setAddress(s.device());
            s.setDevice(identity);
            return r;
        }
        Field device = r.get(AnalyticsFields.DEVICE);
        r.set("/address", device);
        if (!identity.equals(device.asString())) {
            r.set(AnalyticsFields.DEVICE, Field.of(identity));
        }
        return r;
    }

    private void publishGauges() {
        context().metrics().gauge("trackedAddresses", linker.trackedAddresses());
        context().metrics().gauge("links", linker.links());
        context().metrics().gauge("undoneLinks", linker.undoneLinks());
        context().metrics().gauge("relinks", linker.relinks());
        context().metrics().gauge("identities", linker.identities());
        context().metrics().gauge("pendingAddresses", linker.pendingAddresses());
    }
}
