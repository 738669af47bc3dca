package io.footfall.runtime.analytics.visitors;

import io.footfall.runtime.analytics.AnalyticsFields;
import io.footfall.runtime.analytics.SightingValue;
import io.footfall.runtime.analytics.KAnonymity;
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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Counts visitors per UTC day from (identity-linked) sightings and detects staff. Sightings pass through on
 * {@code output}, except those of identities known as staff (listed in {@code staffDevices}, or present at
 * least {@code staffHours} today), which go to {@code staff} so that positions, visits and heatmaps downstream
 * exclude them from then on. At the end of each day (and at stop) an event {@code visitorCount} reports:
 * {@code visitors} (the estimate of people: the identities that are not staff, of the radio kind heard on the
 * most of them — a phone's WiFi and BLE addresses are unrelated, so each kind is a census of the same people;
 * randomized addresses the linker could not join each count as one), {@code visitors_by_kind} (that count per
 * kind), {@code identities} (all kinds together), {@code repeat_visitors} (of {@code visitors}, also seen on one
 * of the previous {@code historyDays} days — only possible when the anonymizer's key lives that long),
 * {@code staff}, {@code addresses} and {@code randomized_addresses} (as heard). Counts below the k-anonymity
 * floor are null.
 */
public final class VisitorCountProcessor extends AbstractStage implements Processor {
    public static final String STAFF_LANE = "staff";

    private final Set<String> listedStaff = new HashSet<>();
    private final Deque<Set<String>> previousDays = new ArrayDeque<>();
    private final Set<String> addressesToday = new HashSet<>();
    private long staffMs;
    private long maxGapMs;
    private int historyDays;
    private int k;
    private DailyPresence today;
    private static final long DAY_MS = 86_400_000L;
    private long dayStart;
    private String dayName;

    @Override
    protected void configure(StageConfig config) {
        listedStaff.addAll(config.getList("staffDevices"));
        staffMs = Math.round(config.getDouble("staffHours") * 3_600_000);
        maxGapMs = config.getLong("maxGapSeconds") * 1000;
        historyDays = config.getInt("historyDays");
        k = config.getInt(KAnonymity.CONFIG);
    }

    @Override
    public void process(Batch batch, BatchMaker out) throws StageException {
        for (Record r : batch.records()) {
            SightingValue s = SightingValue.of(r);
            if (s != null) {
                sighted(r, s, s.ts(), s.device(), s.address(), out);
                continue;
            }
            Field ts = r.get(AnalyticsFields.TS);
            Field device = r.get(AnalyticsFields.DEVICE);
            if (ts == null || !ts.isNumber() || device == null || device.isNull()) {
                RecordProcessor.onRecordError(context(), r, "NOT_A_SIGHTING", "needs /ts and /device");
                continue;
            }
            sighted(r, null, ts.asLong(), device.asString(), r.getString("/address"), out);
        }
    }

    /** {@code typed}: the record's sighting, or null when it is read as fields. */
    private void sighted(Record r, SightingValue typed, long t, String identity, String address, BatchMaker out) {
        String day = utcDay(t);
        if (today == null || !today.day.equals(day)) {
            if (today != null && day.compareTo(today.day) < 0) {
                // A late sighting from yesterday: yesterday is already reported; count it for today.
                day = today.day;
            } else {
                endDay();
                today = new DailyPresence(day);
            }
        }
        address = address == null ? identity : address;
        if (addressesToday.add(address)) {
            today.addresses++;
            Boolean flag = typed != null ? typed.randomized() : randomizedField(r);
            if (flag != null ? flag : Sighting.isRandomized(address)) {
                today.randomizedAddresses++;
            }
        }
        DailyPresence.Presence p = today.sighted(identity, t, maxGapMs);
        if (p.kind == null) {
            p.kind = typed != null ? typed.kind() : r.getString(AnalyticsFields.KIND);
        }
        if (!p.staff && (listedStaff.contains(identity) || p.presentMs >= staffMs)) {
            p.staff = true;
            context().metrics().count("staffDetected", 1);
        }
        out.add(r, p.staff ? STAFF_LANE : "output");
    }

    /** The anonymizer's {@code /randomized}, or null when the record has none (the address then tells). */
    private static Boolean randomizedField(Record r) {
        Field flag = r.get(AnalyticsFields.RANDOMIZED);
        return flag == null ? null : flag.asBoolean();
    }

    /** The UTC day of a time, as yyyy-MM-dd; the last day's bounds are kept, since sightings come in order. */
    private String utcDay(long t) {
        if (dayName == null || t < dayStart || t - dayStart >= DAY_MS) {
            dayStart = Math.floorDiv(t, DAY_MS) * DAY_MS;
            dayName = Instant.ofEpochMilli(t).atZone(ZoneOffset.UTC).toLocalDate().toString();
        }
        return dayName;
    }

    @Override
    public void flush(BatchMaker out) {
        endDay();
    }

    private void endDay() {
        if (today == null) {
            return;
        }
        Map<String, Set<String>> byKind = new TreeMap<>();
        long staff = 0;
        for (Map.Entry<String, DailyPresence.Presence> e : today.identities.entrySet()) {
            if (e.getValue().staff) {
                staff++;
            } else {
                String kind = e.getValue().kind == null ? "unknown" : e.getValue().kind;
                byKind.computeIfAbsent(kind, x -> new HashSet<>()).add(e.getKey());
            }
        }
        // A phone probes on WiFi and advertises on BLE under unrelated addresses, so its two radios are two
        // identities here: each radio kind is a census of the same people, and the larger one is the estimate.
        Set<String> visitors = byKind.values().stream().max(Comparator.comparingInt(Set::size)).orElse(Set.of());
        long identities = byKind.values().stream().mapToLong(Set::size).sum();
        long repeat = visitors.stream().filter(v -> previousDays.stream().anyMatch(d -> d.contains(v))).count();
        Record event = context().createEvent("visitorCount");
        event.set("/day", Field.of(today.day));
        event.set("/visitors", count(visitors.size()));
        event.set("/repeat_visitors", count(repeat));
        event.set("/staff", count(staff));
        event.set("/addresses", count(today.addresses));
        event.set("/randomized_addresses", count(today.randomizedAddresses));
        event.set("/identities", count(identities));
        Map<String, Field> perKind = new LinkedHashMap<>();
        byKind.forEach((kind, ids) -> perKind.put(kind, count(ids.size())));
        event.set("/visitors_by_kind", Field.map(perKind));
        context().emitEvent(event);
        previousDays.addFirst(visitors);
        while (previousDays.size() > historyDays) {
            previousDays.removeLast();
        }
        addressesToday.clear();
        today = null;
    }

    private Field count(long n) {
        return n == 0 || KAnonymity.publishable(n, k) ? Field.of(n) : Field.nullField();
    }
}
