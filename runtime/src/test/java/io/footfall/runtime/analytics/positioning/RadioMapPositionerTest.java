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
    private final RadioMap bleMap = RadioMap.build(geometry, layout, s -> true, RadioModel.BLE_DEFAULT, 1.0);
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

    @Test
    void aSensorSilentForAWholeReportWindowRulesOutItsSurroundingsMoreThanOneMissedFrame() {
        // Heard by the hall sensor only; the two in-store sensors reported nothing in the window.
        int[] sensors = {0};
        int[] rssi = {-88};
        double framesStoreShare = storeShare(new RadioMapLocator(bleMap).locate(sensors, rssi, 1, 1));
        double reportStoreShare = storeShare(new RadioMapLocator(bleMap, 8).locate(sensors, rssi, 1, 1));
        assertThat(framesStoreShare).isGreaterThan(0.01);
        assertThat(reportStoreShare).isLessThan(0.5 * framesStoreShare);
    }

    @Test
    void aReportWindowSpreadOverSecondsIsOneBurst() {
        // Reports of one window arrive up to 4.2 s apart (the first advert each sensor heard): taken as 1 s
        // bursts, the late reports would look like a second burst with the early sensors silent.
        double[] stop = {20, 12};
        List<Double> asWindows = new ArrayList<>();
        List<Double> asBursts = new ArrayList<>();
        for (int trial = 0; trial < 10; trial++) {
            DevicePositioner windows = new RadioMapPositioner(new RadioMapLocator(bleMap, 8), 5000, 300_000, 0.04, 0, 1.3, true);
            DevicePositioner bursts = new RadioMapPositioner(new RadioMapLocator(bleMap, 8), 1000, 300_000, 0.04, 0, 1.3, false);
            long t = 0;
            for (int i = 0; i < 12; i++, t += 5000) {
                spreadWindow(windows, bursts, t, stop);
            }
            PositionEstimate w = windows.estimate(t);
            PositionEstimate b = bursts.estimate(t);
            asWindows.add(Math.hypot(w.x() - stop[0], w.y() - stop[1]));
            asBursts.add(Math.hypot(b.x() - stop[0], b.y() - stop[1]));
        }
        double windowMedian = asWindows.stream().sorted().toList().get(asWindows.size() / 2);
        double burstMedian = asBursts.stream().sorted().toList().get(asBursts.size() / 2);
        assertThat(windowMedian).isLessThan(burstMedian);
    }

    /** The same window's reports to both positioners: the in-store sensor at once, the hall 2.1 s and the far store 4.2 s later. */
    private void spreadWindow(DevicePositioner a, DevicePositioner b, long t, double[] at) {
        for (int s = 0; s < layout.size(); s++) {
            RadioModel ble = RadioModel.BLE_DEFAULT;
            double walls = geometry.attenuationDb(at[0], at[1], layout.x(s), layout.y(s));
            double mean = ble.meanRssi(Math.hypot(at[0] - layout.x(s), at[1] - layout.y(s)), walls);
            int rssi = (int) Math.round(Math.max(ble.floorDbm(), mean + ble.sigmaDb() * random.nextGaussian()));
            long delay = s == 1 ? 0 : s == 0 ? 2100 : 4200;
            a.observe(t + delay, s, rssi);
            b.observe(t + delay, s, rssi);
        }
    }

    private double storeShare(RadioMapLocator.Evidence e) {
        double stores = 0;
        double total = 0;
        for (int i = 0; i < e.size(); i++) {
            total += e.mass(i);
            if (!"hall".equals(geometry.plan().zones().get(e.zone(i)).id())) {
                stores += e.mass(i);
            }
        }
        return stores / total;
    }
}
