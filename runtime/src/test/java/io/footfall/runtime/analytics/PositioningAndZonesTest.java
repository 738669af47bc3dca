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

class PositioningAndZonesTest {
    @TempDir
    Path dir;

    /** A device standing next to sensor s-a (store A), heard loudly there and faintly elsewhere, for 10 s. */
    private static List<Record> nearStoreA(String device) {
        List<Record> in = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            long t = T0 + s * 1000L;
            in.add(sighting(t, "s-a", device, -45));
            in.add(sighting(t + 1, "s-h1", device, -70));
            in.add(sighting(t + 2, "s-b", device, -75));
            in.add(sighting(t + 3, "s-h2", device, -78));
        }
        return in;
    }

    @Test
    void eachMethodPutsADeviceHeardLoudestInStoreAIntoStoreAOncePerSecond() throws Exception {
        for (String method : List.of("WEIGHTED_CENTROID", "TRILATERATION", "RADIO_MAP")) {
            Path plan = TestMall.write(dir);
            StageRunner positioning = StageRunner.of("footfall.analytics.positioning").floorplanFile(plan)
                    .config("method", method).config("holdMs", 0).build().initOrFail();
            StageRunner zones = StageRunner.of("footfall.analytics.zones").floorplanFile(plan).build().initOrFail();
            List<Record> positions = new ArrayList<>(positioning.process(nearStoreA("dev-1")).records());
            positions.addAll(positioning.flush().records());
            assertThat(positions).as(method).hasSizeBetween(9, 11);
            assertThat(positions).extracting(r -> r.get("/ts").asLong() % 1000).containsOnly(0L);
            List<Record> zoned = zones.process(positions).records();
            long inStoreA = zoned.stream().filter(r -> "st-a".equals(r.getString("/zone"))).count();
            assertThat(inStoreA).as(method + " positions in st-a of " + zoned).isGreaterThanOrEqualTo(zoned.size() * 8 / 10);
            assertThat(zoned.get(0).get("/uncertainty").isNumber()).isTrue();
        }
    }

    @Test
    void aRadioMapTooBigForMemoryIsAConfigurationIssueNamingTheCellSizeThatWouldFit() throws Exception {
        var huge = new io.footfall.runtime.floorplan.Floorplan("huge", 2000, 2000,
                List.of(new io.footfall.runtime.floorplan.Zone("hall", "Hall", io.footfall.runtime.floorplan.ZoneKind.CORRIDOR,
                        List.of(new io.footfall.runtime.floorplan.Point(0, 0), new io.footfall.runtime.floorplan.Point(2000, 0),
                                new io.footfall.runtime.floorplan.Point(2000, 2000), new io.footfall.runtime.floorplan.Point(0, 2000)),
                        List.of())),
                List.of(), List.of(new io.footfall.runtime.floorplan.MallEntrance("gate", new io.footfall.runtime.floorplan.Point(0, 10))),
                List.of(new io.footfall.runtime.floorplan.Sensor("s-1", new io.footfall.runtime.floorplan.Point(10, 10), List.of("wifi"))),
                null);
        Path plan = dir.resolve("huge.json");
        io.footfall.runtime.floorplan.FloorplanJson.save(huge, plan);
        var issues = StageRunner.of("footfall.analytics.positioning").floorplanFile(plan).build().init();
        assertThat(issues).anySatisfy(i -> assertThat(i.toString()).contains("radioMapCellSize").contains("cells of at least 1.4 m"));
        assertThat(StageRunner.of("footfall.analytics.positioning").floorplanFile(plan).config("radioMapCellSize", 2.0).build()
                .init()).isEmpty();
    }

    @Test
    void theLastPositionIsHeldBetweenSparseProbesAndDroppedAfterTheHold() throws Exception {
        StageRunner positioning = StageRunner.of("footfall.analytics.positioning").floorplanFile(TestMall.write(dir))
                .config("method", "WEIGHTED_CENTROID").config("holdMs", 5000).config("latenessMs", 0).build().initOrFail();
        List<Record> in = new ArrayList<>(List.of(sighting(T0 + 100, "s-a", "d", -45), sighting(T0 + 200, "s-h1", "d", -70)));
        in.add(sighting(T0 + 20_000, "s-b", "other", -50));
        List<Record> out = positioning.process(in).records();
        assertThat(out).filteredOn(r -> r.getString("/device").equals("d")).extracting(r -> r.get("/ts").asLong() - T0)
                .containsExactly(1000L, 2000L, 3000L, 4000L, 5000L);
    }

    @Test
    void sightingsOfSensorsNotOnThePlanAreErrorsAndAPositionOutsideEveryZoneHasNoZone() throws Exception {
        Path plan = TestMall.write(dir);
        StageRunner positioning = StageRunner.of("footfall.analytics.positioning").floorplanFile(plan).build().initOrFail();
        assertThat(positioning.process(List.of(sighting(T0, "nowhere", "d", -50))).errors())
                .extracting(r -> r.header().errorCode()).containsExactly("UNKNOWN_SENSOR");
        StageRunner zones = StageRunner.of("footfall.analytics.zones").floorplanFile(plan).build().initOrFail();
        StageRunner.Output out = zones.process(List.of(TestMall.position(T0, "d", 45, 5, null),
                TestMall.position(T0, "d", 25, 20, null), Record.fromJava("t", java.util.Map.of("x", "far"))));
        assertThat(out.records()).extracting(r -> r.getString("/zone")).containsExactly(null, "food");
        assertThat(out.errors()).extracting(r -> r.header().errorCode()).containsExactly("NO_POSITION");
    }
}
