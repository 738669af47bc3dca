package io.footfall.runtime.analytics.positioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.FloorplanGeometry;
import io.footfall.runtime.floorplan.MallEntrance;
import io.footfall.runtime.floorplan.Point;
import io.footfall.runtime.floorplan.Sensor;
import io.footfall.runtime.floorplan.Wall;
import io.footfall.runtime.floorplan.Zone;
import io.footfall.runtime.floorplan.ZoneKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Two stores facing each other across a hall, mirror images but for their walls: a north store, the hall with
 * one sensor on its centre line, a south store, each store with its own sensor. Readings are drawn from the
 * radio model the map is built on, with shadowing noise.
 */
class RadioMapPositionerTest {
    private static final RadioModel RADIO = RadioModel.WIFI_DEFAULT;
    private final FloorplanGeometry geometry = FloorplanGeometry.of(mall());
    private final SensorLayout layout = layout(geometry.plan());
    private final RadioMap map = RadioMap.build(geometry, layout, s -> true, RADIO, 1.0);
    private final Random random = new Random(42);

    private static Floorplan mall() {
        List<Zone> zones = List.of(
                rect("north", ZoneKind.STORE, 0, 0, 30, 20, new Point(15, 20)),
                rect("hall", ZoneKind.CORRIDOR, 0, 20, 30, 30, null),
                rect("south", ZoneKind.STORE, 0, 30, 30, 50, new Point(15, 30)));
        List<Wall> walls = List.of(
                new Wall(new Point(0, 20), new Point(13.5, 20), 6), new Wall(new Point(16.5, 20), new Point(30, 20), 6),
                new Wall(new Point(0, 30), new Point(13.5, 30), 6), new Wall(new Point(16.5, 30), new Point(30, 30), 6));
        List<Sensor> sensors = List.of(
                new Sensor("hall", new Point(15, 25), List.of(Sensor.WIFI)),
                new Sensor("in-north", new Point(8, 10), List.of(Sensor.WIFI)),
                new Sensor("in-south", new Point(22, 40), List.of(Sensor.WIFI)));
        return new Floorplan("mirror", 30, 50, zones, walls, List.of(new MallEntrance("gate", new Point(0, 25))), sensors, null);
    }

    private static Zone rect(String id, ZoneKind kind, double x0, double y0, double x1, double y1, Point door) {
        return new Zone(id, id, kind, List.of(new Point(x0, y0), new Point(x1, y0), new Point(x1, y1), new Point(x0, y1)),
                door == null ? List.of() : List.of(door));
    }

    private static SensorLayout layout(Floorplan plan) {
        List<SensorPosition> sensors = new ArrayList<>();
        for (Sensor s : plan.sensors()) {
            sensors.add(new SensorPosition(s.id(), s.position().x(), s.position().y(), Double.NaN));
        }
        return new SensorLayout(sensors);
    }

    /** One probe burst of three frames from (x, y), as each sensor hears it (nothing under the floor). */
    private void burst(DevicePositioner p, long ts, double x, double y) {
        for (int frame = 0; frame < 3; frame++) {
            for (int s = 0; s < layout.size(); s++) {
                double walls = geometry.attenuationDb(x, y, layout.x(s), layout.y(s));
                double mean = RADIO.meanRssi(Math.hypot(x - layout.x(s), y - layout.y(s)), walls);
                int rssi = (int) Math.round(mean + RADIO.sigmaDb() * random.nextGaussian());
                if (rssi >= RADIO.floorDbm()) {
                    p.observe(ts + frame * 20L, s, rssi);
                }
            }
        }
    }

    private String zoneOf(PositionEstimate e) {
        return geometry.zoneAt(e.x(), e.y()).id();
    }

    @Test
    void aShopperIsPlacedInTheRightOneOfTwoMirrorImageStores() {
        for (double[] spot : new double[][] {{10, 8}, {24, 42}, {5, 15}, {26, 35}}) {
            List<Double> errors = new ArrayList<>();
            String expected = geometry.zoneAt(spot[0], spot[1]).id();
            for (int trial = 0; trial < 20; trial++) {
                DevicePositioner p = new RadioMapPositioner(new RadioMapLocator(map), 1000, 300_000, 0.04, 0, 1.3);
                burst(p, 0, spot[0], spot[1]);
                PositionEstimate e = p.estimate(1000);
                assertThat(zoneOf(e)).as("trial %d at (%s, %s)", trial, spot[0], spot[1]).isEqualTo(expected);
                errors.add(Math.hypot(e.x() - spot[0], e.y() - spot[1]));
            }
            assertThat(errors.stream().sorted().toList().get(errors.size() / 2)).as("median error at %s", List.of(spot[0], spot[1]))
                    .isLessThan(5.0);
        }
    }

    @Test
    void stayingInAStoreAveragesTheBurstsAndMovingToTheOtherIsFollowed() {
        DevicePositioner p = new RadioMapPositioner(new RadioMapLocator(map), 1000, 300_000, 0.04, 0, 1.3);
        double[] stop = {20, 12};
        long t = 0;
        for (int i = 0; i < 12; i++, t += 30_000) {
            burst(p, t, stop[0], stop[1]);
        }
        PositionEstimate settled = p.estimate(t);
        assertThat(zoneOf(settled)).isEqualTo("north");
        assertThat(Math.hypot(settled.x() - stop[0], settled.y() - stop[1])).isLessThan(2.5);
        for (int i = 0; i < 3; i++, t += 30_000) {
            burst(p, t, 12, 44);
        }
        assertThat(zoneOf(p.estimate(t))).isEqualTo("south");
    }

    @Test
    void aLongStopNearAWallIsLocatedMoreSharplyThanOneBurstAndNotPulledIntoTheMiddle() {
        double[] stop = {4.3, 2.6};
        List<Double> single = new ArrayList<>();
        List<Double> stayed = new ArrayList<>();
        for (int trial = 0; trial < 10; trial++) {
            DevicePositioner p = new RadioMapPositioner(new RadioMapLocator(map), 1000, 300_000, 0.04, 0, 1.3);
            long t = 0;
            for (int i = 0; i < 20; i++, t += 20_000) {
                burst(p, t, stop[0], stop[1]);
                if (i == 0) {
                    PositionEstimate first = p.estimate(1000);
                    single.add(Math.hypot(first.x() - stop[0], first.y() - stop[1]));
                }
            }
            PositionEstimate e = p.estimate(t);
            stayed.add(Math.hypot(e.x() - stop[0], e.y() - stop[1]));
        }
        double singleMedian = single.stream().sorted().toList().get(single.size() / 2);
        double stayedMedian = stayed.stream().sorted().toList().get(stayed.size() / 2);
        assertThat(stayedMedian).as("after 20 bursts (one burst: %s m)", singleMedian).isLessThan(singleMedian / 2).isLessThan(1.0);
    }

    @Test
    void withASmoothingLagTheStartOfAStopIsPlacedWithTheStopsLaterBursts() {
        double[] stop = {4.3, 2.6};
        List<Double> early = new ArrayList<>();
        List<Double> lagless = new ArrayList<>();
        for (int trial = 0; trial < 10; trial++) {
            DevicePositioner lagged = new RadioMapPositioner(new RadioMapLocator(map), 1000, 300_000, 0.04, 60_000, 1.0);
            DevicePositioner plain = new RadioMapPositioner(new RadioMapLocator(map), 1000, 300_000, 0.04, 0, 1.0);
            for (long t = 0; t <= 60_000; t += 10_000) {
                long seed = random.nextLong();
                random.setSeed(seed);
                burst(lagged, t, stop[0], stop[1]);
                random.setSeed(seed);
                burst(plain, t, stop[0], stop[1]);
            }
            PositionEstimate withLag = lagged.estimate(2_000);
            PositionEstimate withoutLag = plain.estimate(2_000);
            early.add(Math.hypot(withLag.x() - stop[0], withLag.y() - stop[1]));
            lagless.add(Math.hypot(withoutLag.x() - stop[0], withoutLag.y() - stop[1]));
        }
        double earlyMedian = early.stream().sorted().toList().get(early.size() / 2);
        double laglessMedian = lagless.stream().sorted().toList().get(lagless.size() / 2);
        assertThat(earlyMedian).as("2 s into the stop, with 60 s lag (without: %s m)", laglessMedian)
                .isLessThan(laglessMedian);
        assertThat(earlyMedian).isLessThan(laglessMedian * 0.7);
    }

    @Test
    void withASmoothingLagAMoveBetweenZonesIsDrawnAsAWalkBetweenTheFixes() {
        DevicePositioner p = new RadioMapPositioner(new RadioMapLocator(map), 1000, 300_000, 0.04, 60_000, 1.0);
        burst(p, 0, 15, 8);
        burst(p, 60_000, 15, 42);
        PositionEstimate before = p.estimate(10_000);
        PositionEstimate midway = p.estimate(30_000);
        PositionEstimate after = p.estimate(59_000);
        assertThat(zoneOf(before)).isEqualTo("north");
        assertThat(midway.y()).isBetween(before.y() + 5, after.y() - 5);
        assertThat(zoneOf(after)).isEqualTo("south");
        assertThat(p.lagMillis()).isEqualTo(61_000);
    }

    @Test
    void theMapHoldsOnlyTheSensorsThatCanBeHeardInEachCell() {
        assertThat(map.entries()).isPositive().isLessThanOrEqualTo(map.cols() * map.rows() * layout.size());
        assertThat(map.zones()).extracting(Zone::id).containsExactly("north", "hall", "south");
    }
}
