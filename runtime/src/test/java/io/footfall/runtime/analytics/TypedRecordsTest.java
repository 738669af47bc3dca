package io.footfall.runtime.analytics;

import static io.footfall.runtime.analytics.TestMall.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.analytics.input.SightingRecords;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.sighting.Sighting;
import io.footfall.runtime.testing.StageRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sightings and positions travel between the analytics stages as typed values ({@link SightingValue},
 * {@link Position}); the same input as field records must give the same records, key order included.
 */
class TypedRecordsTest {
    @TempDir
    Path dir;

    private static List<Sighting> sightings() {
        List<Sighting> in = new ArrayList<>();
        String[] sensors = {"s-a", "s-h1", "s-b", "s-h2", "s-f"};
        for (int i = 0; i < 90; i++) {
            long t = T0 + i * 1000L;
            // a phone with a fixed address near store A; a randomized one that rotates its address half way
            in.add(new Sighting(t, sensors[i % 2], "3c:28:6d:2c:ac:58", -55 - i % 7, "wifi"));
            String rotating = i < 45 ? "42:6e:ed:9d:b3:7b" : "4a:11:22:33:44:55";
            in.add(new Sighting(t + 5, sensors[2 + i % 3], rotating, -60 - i % 5, "wifi", 100 + i, 6, null));
            if (i % 10 == 0) {
                in.add(new Sighting(t + 7, "s-f", "aa:bb:cc:dd:ee:ff", -70, "ble"));
                in.add(new Sighting(t + 8, "s-zz", "aa:bb:cc:dd:ee:ff", -70, "wifi"));
                in.add(new Sighting(t + 9, "s-a", "aa:bb:cc:dd:ee:ff", 12, "wifi"));
            }
        }
        return in;
    }

    @Test
    void aTypedSightingsFieldsAreThoseOfTheFieldBuiltRecord() {
        Sighting s = new Sighting(T0, "s-a", "3c:28:6d:2c:ac:58", -60, "wifi", 7, 11, -4);
        Record typed = SightingRecords.toRecord("f::", 1, s);
        assertThat(typed.typed()).isInstanceOf(SightingValue.class);
        Record fields = SightingRecords.toRecord("f::1", s);
        assertThat(keysAndValues(typed)).isEqualTo(keysAndValues(fields));
    }

    @Test
    void theAnalyticsStagesGiveTheSameRecordsFromTypedValuesAsFromFields() throws Exception {
        List<Record> typed = new ArrayList<>();
        List<Record> fields = new ArrayList<>();
        long line = 1;
        for (Sighting s : sightings()) {
            typed.add(SightingRecords.toRecord("f::", line, s));
            fields.add(SightingRecords.toRecord("f::" + line, s));
            line++;
        }
        assertThat(typed.get(0).typed()).isNotNull();
        assertThat(fields.get(0).typed()).isNull();
        Path plan = TestMall.write(dir);
        List<String> chain = List.of("footfall.analytics.sightingCheck", "footfall.analytics.anonymizer",
                "footfall.analytics.identityLinker", "footfall.analytics.visitors", "footfall.analytics.positioning",
                "footfall.analytics.zones");
        for (String stage : chain) {
            typed = run(stage, plan, typed);
            fields = run(stage, plan, fields);
            assertThat(typed).as(stage).isNotEmpty();
            assertThat(typed.stream().map(TypedRecordsTest::keysAndValues).toList()).as(stage)
                    .isEqualTo(fields.stream().map(TypedRecordsTest::keysAndValues).toList());
        }
        assertThat(typed.get(0).typed()).as("positions stay typed through the zone stage").isInstanceOf(Position.class);
        assertThat(typed).anyMatch(r -> r.getString("/zone") != null);
        for (String reader : List.of("footfall.analytics.sessionizer", "footfall.analytics.heatmap",
                "footfall.analytics.occupancy", "footfall.analytics.captureRate")) {
            List<Record> fromTyped = run(reader, plan, typed);
            List<Record> fromFields = run(reader, plan, fields);
            assertThat(fromTyped.stream().map(TypedRecordsTest::keysAndValues).toList()).as(reader)
                    .isEqualTo(fromFields.stream().map(TypedRecordsTest::keysAndValues).toList());
        }
        assertThat(typed).allMatch(r -> r.typed() instanceof Position);
    }

    private static List<Record> run(String stage, Path plan, List<Record> in) throws Exception {
        StageRunner runner = StageRunner.of(stage).floorplanFile(plan).config("salt", "s3cret").config("kAnonymity", 1)
                .build().initOrFail();
        List<Record> out = new ArrayList<>(runner.process(in).records());
        out.addAll(runner.flush().records());
        List<Record> errors = runner.errors();
        if (stage.endsWith("sightingCheck")) {
            assertThat(errors).extracting(e -> e.header().errorCode()).contains("UNKNOWN_SENSOR", "RSSI_OUT_OF_RANGE");
        }
        runner.destroy();
        return out;
    }

    /** The record as (key, value) pairs in its fields' order, values as plain Java, from a copy (reading ends nothing). */
    private static List<Map.Entry<String, Object>> keysAndValues(Record r) {
        List<Map.Entry<String, Object>> out = new ArrayList<>();
        r.copy().root().asMap().forEach((k, v) -> out.add(Map.entry(k, v.toJava() == null ? "null" : v.toJava())));
        return out;
    }
}
