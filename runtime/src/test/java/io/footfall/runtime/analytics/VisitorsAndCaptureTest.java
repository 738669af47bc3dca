package io.footfall.runtime.analytics;

import static io.footfall.runtime.analytics.TestMall.T0;
import static io.footfall.runtime.analytics.TestMall.sighting;
import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.Record;
import io.footfall.runtime.testing.StageRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VisitorsAndCaptureTest {
    @TempDir
    Path dir;

    @Test
    void someonePresentMostOfTheDayIsStaffAndLeavesTheVisitorStream() throws Exception {
        StageRunner runner = StageRunner.of("footfall.analytics.visitors").config("staffHours", 2.0)
                .config("kAnonymity", 1).build().initOrFail();
        List<Record> in = new ArrayList<>();
        for (int minute = 0; minute < 180; minute++) {
            in.add(sighting(T0 + minute * 60_000L, "s-a", "3c:00:00:00:00:01", -50));
            if (minute % 30 == 0) {
                in.add(sighting(T0 + minute * 60_000L + 1, "s-h1", "3c:00:00:00:00:" + (10 + minute / 30), -60));
            }
        }
        StageRunner.Output out = runner.process(in);
        assertThat(out.lane("staff")).isNotEmpty().allMatch(r -> r.getString("/device").equals("3c:00:00:00:00:01"))
                .allMatch(r -> r.get("/ts").asLong() >= T0 + 2 * 3_600_000L);
        assertThat(out.lane("output")).hasSize(in.size() - out.lane("staff").size());
        runner.flush();
        Record count = runner.events().get(runner.events().size() - 1);
        assertThat(count.getString("/event")).isEqualTo("visitorCount");
        assertThat(count.get("/visitors").asLong()).isEqualTo(6);
        assertThat(count.get("/staff").asLong()).isEqualTo(1);
        assertThat(count.get("/addresses").asLong()).isEqualTo(7);
    }

    @Test
    void visitorCountsBelowKAreSuppressedAndRepeatVisitorsAreSeenOnALaterDay() throws Exception {
        StageRunner runner = StageRunner.of("footfall.analytics.visitors").config("kAnonymity", 2).build().initOrFail();
        long day = 86_400_000L;
        runner.process(List.of(sighting(T0, "s-a", "3c:00:00:00:00:01", -50), sighting(T0 + 1, "s-a", "3c:00:00:00:00:02", -50),
                sighting(T0 + day, "s-a", "3c:00:00:00:00:01", -50), sighting(T0 + day + 1, "s-a", "3c:00:00:00:00:02", -50),
                sighting(T0 + day + 2, "s-a", "3c:00:00:00:00:03", -50)));
        runner.flush();
        List<Record> counts = runner.events();
        assertThat(counts).hasSize(2);
        assertThat(counts.get(1).get("/visitors").asLong()).isEqualTo(3);
        assertThat(counts.get(1).get("/repeat_visitors").asLong()).isEqualTo(2);
        assertThat(counts.get(0).get("/repeat_visitors").asLong()).isZero();
        assertThat(counts.get(1).get("/staff").asLong()).isZero();
    }

    @Test
    void aPhonesWifiAndBleAddressesAreOneVisitorNotTwo() throws Exception {
        StageRunner runner = StageRunner.of("footfall.analytics.visitors").config("kAnonymity", 1).build().initOrFail();
        List<Record> in = new ArrayList<>();
        for (int person = 0; person < 5; person++) {
            in.add(sighting(T0 + person * 1_000L, "s-a", "3c:00:00:00:00:0" + person, -50));
            if (person < 3) { // some phones also advertise on BLE, under an address unrelated to their WiFi one
                Record ble = sighting(T0 + person * 1_000L + 1, "s-a", "5e:00:00:00:00:0" + person, -60);
                ble.set("/kind", io.footfall.runtime.api.Field.of("ble"));
                in.add(ble);
            }
        }
        runner.process(in);
        runner.flush();
        Record count = runner.events().get(runner.events().size() - 1);
        assertThat(count.get("/visitors").asLong()).as("the larger census, WiFi").isEqualTo(5);
        assertThat(count.get("/identities").asLong()).isEqualTo(8);
        assertThat(count.get("/visitors_by_kind/wifi").asLong()).isEqualTo(5);
        assertThat(count.get("/visitors_by_kind/ble").asLong()).isEqualTo(3);
    }

    @Test
    void captureRateComparesWalkInsWithPassersBy() throws Exception {
        StageRunner runner = StageRunner.of("footfall.analytics.captureRate").floorplanFile(TestMall.write(dir))
                .config("kAnonymity", 2).config("minDwellSeconds", 5).build().initOrFail();
        List<Record> in = new ArrayList<>();
        for (int d = 0; d < 4; d++) {
            in.add(TestMall.position(T0, "p" + d, 10, 14, "hall"));
        }
        for (int d = 0; d < 2; d++) {
            for (int s = 0; s <= 10; s++) {
                in.add(TestMall.position(T0 + s * 1000L, "p" + d, 10, 6, "st-a"));
            }
        }
        runner.process(in);
        List<Record> out = runner.flush().records();
        Record a = out.stream().filter(r -> r.getString("/zone").equals("st-a")).findFirst().orElseThrow();
        assertThat(a.get("/passers_by").asLong()).isEqualTo(4);
        assertThat(a.get("/walk_ins").asLong()).isEqualTo(2);
        assertThat(a.get("/capture_rate").asDouble()).isEqualTo(0.5);
        Record b = out.stream().filter(r -> r.getString("/zone").equals("st-b")).findFirst().orElseThrow();
        assertThat(b.get("/capture_rate").isNull()).isTrue();
    }
}
