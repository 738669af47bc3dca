package io.footfall.runtime.analytics.tracking;

import static io.footfall.runtime.analytics.TestMall.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.analytics.TestMall;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.testing.StageRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The positioning stage spreads devices over worker threads; its positions must be those of one thread, record
 * for record and in the same order, whatever the number of workers and however the input is cut into batches.
 */
class PartitionedPositioningTest {
    private static final double[][] SENSORS = {{10, 6}, {30, 6}, {10, 15}, {30, 15}, {20, 24}};
    private static final String[] SENSOR_IDS = {"s-a", "s-b", "s-h1", "s-h2", "s-f"};

    @TempDir
    Path dir;

    /**
     * People walking between random points of the test mall for 12 minutes; each carries a WiFi phone probing in
     * bursts 10-40 s apart and most also a BLE address reported once per 5 s window, so BLE-WiFi pairing acts.
     */
    private static List<Record> sightings(int people, long seed) {
        Random random = new Random(seed);
        List<Record> out = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            String wifi = String.format("02:00:00:00:%02x:%02x", p / 256, p % 256);
            String ble = random.nextInt(4) == 0 ? null : String.format("06:00:00:00:%02x:%02x", p / 256, p % 256);
            long start = T0 + random.nextInt(240_000);
            long end = start + 60_000 + random.nextInt(420_000);
            double x = 2 + random.nextDouble() * 36;
            double y = 2 + random.nextDouble() * 26;
            double tx = x;
            double ty = y;
            long nextProbe = start;
            long nextReport = start + random.nextInt(5000);
            for (long t = start; t < end; t += 250) {
                if (Math.hypot(tx - x, ty - y) < 0.5) {
                    tx = 2 + random.nextDouble() * 36;
                    ty = 2 + random.nextDouble() * 26;
                }
                double d = Math.hypot(tx - x, ty - y);
                x += (tx - x) / d * 0.25;
                y += (ty - y) / d * 0.25;
                if (t >= nextProbe) {
                    for (int frame = 0; frame < 3; frame++) {
                        hear(out, random, t + frame * 20L, wifi, "wifi", -40, x, y, -92);
                    }
                    nextProbe = t + 10_000 + random.nextInt(30_000);
                }
                if (ble != null && t >= nextReport) {
                    hear(out, random, t, ble, "ble", -59, x, y, -100);
                    nextReport += 5000;
                }
            }
        }
        out.sort(Comparator.comparingLong(r -> r.get("/ts").asLong()));
        return out;
    }

    private static void hear(List<Record> out, Random random, long t, String device, String kind, double at1m,
                             double x, double y, int floor) {
        for (int s = 0; s < SENSORS.length; s++) {
            double d = Math.max(1, Math.hypot(SENSORS[s][0] - x, SENSORS[s][1] - y));
            int rssi = (int) Math.round(at1m - 30 * Math.log10(d) + random.nextGaussian() * 4);
            if (rssi >= floor) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("ts", t + random.nextInt(40));
                m.put("sensor", SENSOR_IDS[s]);
                m.put("device", device);
                m.put("rssi", Math.min(0, rssi));
                m.put("kind", kind);
                out.add(Record.fromJava("test", m));
            }
        }
    }

    /** The bundled pipeline's positioning (WiFi positioned, BLE only paired, report windows, smoothing lag). */
    private List<String> bundled(List<Record> in, int workers, int batch) throws Exception {
        return bundled(in, workers, batch, true);
    }

    private List<String> bundled(List<Record> in, int workers, int batch, boolean pairBle) throws Exception {
        StageRunner.Builder b = StageRunner.of("footfall.analytics.positioning").floorplanFile(TestMall.write(dir))
                .config("kinds", List.of("wifi")).config("pairBle", pairBle).config("bleReportWindowMs", 5000)
                .config("holdMs", 90_000).config("smoothingLagMs", 60_000).config("smoothingWalkSpeed", 0.0)
                .config("workerThreads", workers);
        return run(b, in, batch);
    }

    /** The stage's defaults: WiFi and BLE both positioned, each device's estimates smoothed. */
    private List<String> defaults(List<Record> in, int workers, int batch) throws Exception {
        StageRunner.Builder b = StageRunner.of("footfall.analytics.positioning").floorplanFile(TestMall.write(dir))
                .config("workerThreads", workers);
        return run(b, in, batch);
    }

    private static List<String> run(StageRunner.Builder builder, List<Record> in, int batch)
            throws Exception {
        StageRunner runner = builder.build().initOrFail();
        List<String> out = new ArrayList<>();
        try {
            for (int i = 0; i < in.size(); i += batch) {
                List<Record> part = new ArrayList<>();
                for (Record r : in.subList(i, Math.min(in.size(), i + batch))) {
                    part.add(r.copy());
                }
                runner.process(part).records().forEach(r -> out.add(describe(r)));
            }
            runner.flush().records().forEach(r -> out.add(describe(r)));
            assertThat(runner.errors()).isEmpty();
        } finally {
            runner.destroy();
        }
        return out;
    }

    /** Source id and every field in order: what downstream stages and positions.jsonl see. */
    private static String describe(Record r) {
        return r.header().sourceId() + " " + r.copy().root().asMap();
    }

    @Test
    void workersGiveTheOneThreadPositionsInTheSameOrder() throws Exception {
        List<Record> in = sightings(80, 7);
        List<String> one = bundled(in, 1, 700);
        assertThat(one).hasSizeGreaterThan(3_000);
        assertThat(one.stream().map(s -> s.substring(0, s.indexOf('@'))).distinct().count())
                .as("positions of many devices").isGreaterThan(50);
        assertThat(bundled(in, 1, 700, false)).as("pairing with BLE moves some positions").isNotEqualTo(one);
        assertThat(bundled(in, 2, 700)).isEqualTo(one);
        assertThat(bundled(in, 3, 700)).isEqualTo(one);
        assertThat(bundled(in, 4, 131)).as("batches cut elsewhere").isEqualTo(one);
    }

    @Test
    void workersGiveTheOneThreadPositionsWithSmoothingAndBothRadios() throws Exception {
        List<Record> in = sightings(40, 11);
        List<String> one = defaults(in, 1, 500);
        assertThat(one).hasSizeGreaterThan(1_500);
        assertThat(defaults(in, 3, 500)).isEqualTo(one);
        assertThat(defaults(in, 2, 2_000)).isEqualTo(one);
    }
}
