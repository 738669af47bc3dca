package io.footfall.simulator;

import io.footfall.runtime.floorplan.FloorplanGeometry;
import io.footfall.runtime.floorplan.Sensor;
import io.footfall.runtime.floorplan.Zone;
import io.footfall.runtime.sighting.Sighting;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * Runs a planned {@link Population} through simulated time, one second at a time: phones probe and
 * advertise when due, sensors hear them through the path-loss model, truth rows record where everyone
 * is each second. Nothing sleeps; live pacing is the output's business. Deterministic for a seed.
 */
public final class Simulation {
    /** Spacing of the frames of one probe burst across channels. */
    private static final int FRAME_SPACING_MS = 20;
    /** A sensor scans for at most this many adverts of one device per BLE report window (duty cycle). */
    private static final int MAX_ADVERTS_PER_WINDOW = 10;
    /**
     * A sensor whose mean RSSI is more than this many shadowing σ under its floor is not asked: it would
     * hear about one frame in 700. The same cut-off sets each sensor's range ({@link RadioParams#maxRange}).
     */
    private static final double HEARING_MARGIN_SIGMAS = RadioParams.HEARING_MARGIN_SIGMAS;

    private final FloorplanGeometry geo;
    private final SimulationSettings settings;
    private final Population population;
    private final List<SimSensor> wifiSensors = new ArrayList<>();
    private final List<SimSensor> bleSensors = new ArrayList<>();
    private final SplittableRandom radioRandom;
    private final SightingOrderBuffer buffer = new SightingOrderBuffer();
    private final double maxSkewMs;
    private final double[] xy = new double[2];
    private volatile boolean cancelled;
    /** Wall time spent planning the population; the summary's wall time includes it. */
    private final long planningNanos;

    public Simulation(FloorplanGeometry geo, SimulationSettings settings) {
        this.geo = geo;
        this.settings = settings;
        SplittableRandom root = new SplittableRandom(settings.seed() ^ 0x5DEECE66DL);
        SplittableRandom clocks = root.split();
        radioRandom = root.split();
        double skew = 0;
        for (Sensor sensor : geo.plan().sensors()) {
            SimSensor s = new SimSensor(sensor, settings, clocks.split(), geo);
            if (s.hearsWifi) {
                wifiSensors.add(s);
            }
            if (s.hearsBle) {
                bleSensors.add(s);
            }
            skew = Math.max(skew, s.maxSkewMs(settings.durationMs()));
        }
        maxSkewMs = skew;
        long planStart = System.nanoTime();
        population = Population.plan(geo, settings);
        planningNanos = System.nanoTime() - planStart;
    }

    public Population population() {
        return population;
    }

    /** Stops a running simulation at the next simulated second (the output is then closed normally). */
    public void cancel() {
        cancelled = true;
    }

    /**
     * Runs to the end of the configured duration, writing everything to {@code out} (which is closed).
     * {@code progress} receives the simulated milliseconds done, once per simulated second.
     */
    public SimulationSummary run(SimulationOutput out, LongConsumer progress) throws IOException {
        long wallStart = System.nanoTime() - planningNanos;
        long start = settings.startEpochMs();
        long end = start + settings.durationMs();
        List<Person> people = population.people();
        PriorityQueue<Phone> due = new PriorityQueue<>(Comparator.comparingDouble(Phone::nextEventMs)
                .thenComparingInt(p -> p.index));
        for (Phone p : population.phones()) {
            if (p.nextEventMs() <= p.track.endMs()) {
                due.add(p);
            }
        }
        List<Person> present = new ArrayList<>();
        int nextArrival = 0;
        long truthRows = 0;
        long now = start;
        try (out) {
            for (; now < end && !cancelled; now += 1000) {
                emitBefore(now, due, start);
                buffer.releaseBefore((long) Math.floor(now - maxSkewMs - 1), out);
                while (nextArrival < people.size() && people.get(nextArrival).track().startMs() <= now) {
                    present.add(people.get(nextArrival++));
                }
                long tick = now;
                present.removeIf(p -> p.track().endMs() < tick);
                for (Person person : present) {
                    truthRows += writeTruth(person, now, out);
                }
                progress.accept(now - start + 1000);
            }
            emitBefore(Math.min(now, end), due, start);
            buffer.releaseAll(out);
            List<Visit> visits = new ArrayList<>();
            for (Person p : people) {
                for (Visit v : p.visits()) {
                    if (v.enterMs() < now) {
                        visits.add(v.exitMs() > now ? new Visit(v.person(), v.zone(), v.enterMs(), now) : v);
                    }
                }
            }
            visits.sort(Comparator.comparingLong(Visit::enterMs).thenComparing(Visit::person).thenComparing(Visit::zone));
            for (Visit v : visits) {
                out.visit(v);
            }
            int staff = (int) people.stream().filter(Person::staff).count();
            return new SimulationSummary(people.size() - staff, staff, population.phones().size(), buffer.released(),
                    truthRows, visits.size(), now - start, (System.nanoTime() - wallStart) / 1_000_000);
        }
    }

    private int writeTruth(Person person, long now, SimulationOutput out) throws IOException {
        person.track().positionAt(now, xy);
        double x = Math.round(xy[0] * 100) / 100.0;
        double y = Math.round(xy[1] * 100) / 100.0;
        Zone zone = geo.zoneAt(xy[0], xy[1]);
        String zoneId = zone == null ? null : zone.id();
        if (person.phones().isEmpty()) {
            out.truth(now, person.id(), null, null, x, y, zoneId);
            return 1;
        }
        for (Phone phone : person.phones()) {
            out.truth(now, person.id(), phone.wifiAddress(), phone.bleAddress(), x, y, zoneId);
        }
        return person.phones().size();
    }

    /** Handles every phone event before {@code bound} in time order. */
    private void emitBefore(long bound, PriorityQueue<Phone> due, long start) {
        while (!due.isEmpty() && due.peek().nextEventMs() < bound) {
            Phone phone = due.poll();
            double t = phone.nextEventMs();
            if (!phone.advertisesBle || phone.nextBurstMs <= phone.nextBleWindowMs) {
                probeBurst(phone, t, start);
                phone.nextBurstMs = t + phone.burstInterval();
            } else {
                bleWindow(phone, t, start);
                phone.nextBleWindowMs = t + settings.bleReportWindowMs();
            }
            if (phone.nextEventMs() <= phone.track.endMs()) {
                due.add(phone);
            }
        }
    }

    /**
     * One probe burst: a frame on each channel, {@value #FRAME_SPACING_MS} ms apart. The phone moves a few
     * centimeters during a burst, so path loss and walls are computed once per sensor and burst;
     * shadowing is drawn per frame.
     */
    private void probeBurst(Phone phone, double t, long start) {
        phone.beginBurst(t);
        List<Integer> channels = settings.probeChannels();
        int firstSeq = phone.seq + 1;
        for (int k = 0; k < channels.size(); k++) {
            phone.nextSeq();
        }
        phone.track.positionAt(t, xy);
        double px = xy[0];
        double py = xy[1];
        for (SimSensor s : wifiSensors) {
            double dx = s.x - px;
            double dy = s.y - py;
            double d2 = dx * dx + dy * dy;
            if (d2 > s.wifiRange2) {
                continue;
            }
            double open = s.radio.meanRssi(true, Math.sqrt(d2 + settings.mountHeightM() * settings.mountHeightM()), 0);
            double walls = s.walls.attenuationDb(px, py, open + HEARING_MARGIN_SIGMAS * s.radio.shadowingSigmaDb() - s.radio.wifiFloorDbm());
            double mean = open - walls;
            if (mean + HEARING_MARGIN_SIGMAS * s.radio.shadowingSigmaDb() < s.radio.wifiFloorDbm()) {
                continue;
            }
            for (int k = 0; k < channels.size(); k++) {
                int rssi = (int) Math.round(mean + s.radio.shadowingSigmaDb() * radioRandom.nextGaussian());
                if (rssi >= s.radio.wifiFloorDbm()) {
                    emit(s, t + k * FRAME_SPACING_MS, phone.wifiAddress, rssi, Sighting.WIFI, (firstSeq + k) & 0xfff,
                            channels.get(k), start);
                }
            }
        }
    }

    /** One report window: each sensor reports the first of the phone's adverts it hears, if any. */
    private void bleWindow(Phone phone, double t, long start) {
        phone.beginBleWindow(t);
        phone.track.positionAt(t, xy);
        double px = xy[0];
        double py = xy[1];
        int adverts = (int) Math.max(1, Math.min(MAX_ADVERTS_PER_WINDOW, settings.bleReportWindowMs() / phone.bleIntervalMs));
        for (SimSensor s : bleSensors) {
            double dx = s.x - px;
            double dy = s.y - py;
            double d2 = dx * dx + dy * dy;
            if (d2 > s.bleRange2) {
                continue;
            }
            double open = s.radio.meanRssi(false, Math.sqrt(d2 + settings.mountHeightM() * settings.mountHeightM()), 0);
            double walls = s.walls.attenuationDb(px, py, open + HEARING_MARGIN_SIGMAS * s.radio.shadowingSigmaDb() - s.radio.bleFloorDbm());
            double mean = open - walls;
            if (mean + HEARING_MARGIN_SIGMAS * s.radio.shadowingSigmaDb() < s.radio.bleFloorDbm()) {
                continue;
            }
            for (int m = 0; m < adverts; m++) {
                int rssi = (int) Math.round(mean + s.radio.shadowingSigmaDb() * radioRandom.nextGaussian());
                if (rssi >= s.radio.bleFloorDbm()) {
                    emit(s, t + m * phone.bleIntervalMs, phone.bleAddress, rssi, Sighting.BLE, null, null, start);
                    break;
                }
            }
        }
    }

    private void emit(SimSensor s, double trueMs, String address, int rssi, String kind, Integer seq, Integer channel, long start) {
        // Frames of the last burst or window can fall after the end of the run: the run stops there.
        if (trueMs >= start + settings.durationMs() || s.offlineAt((long) trueMs - start)) {
            return;
        }
        Sighting sighting = new Sighting(s.clock(trueMs, start), s.id, address, rssi, kind, seq, channel, null);
        buffer.add(sighting, s.delayMs);
        if (s.duplicateShare > 0 && radioRandom.nextDouble() < s.duplicateShare) {
            buffer.add(sighting, s.delayMs);
        }
    }
}
