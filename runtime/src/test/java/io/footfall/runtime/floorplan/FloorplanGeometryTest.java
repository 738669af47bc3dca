package io.footfall.runtime.floorplan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FloorplanGeometryTest {
    private final FloorplanGeometry geo = FloorplanGeometry.of(FloorplanJson.parse(FloorplanJsonTest.CONTRACT_EXAMPLE, "riverside.json"));

    @Test
    void findsTheZoneAtAPoint() {
        assertThat(geo.zoneAt(10, 10).id()).isEqualTo("st-01");
        assertThat(geo.zoneAt(100, 35).id()).isEqualTo("hall");
        assertThat(geo.zoneAt(100, 10)).isNull();
        assertThat(geo.zoneAt(-1, 35)).isNull();
    }

    @Test
    void attenuationIsTheSumOfCrossedWalls() {
        assertThat(geo.attenuationDb(new Point(10, 10), new Point(10, 35))).isEqualTo(6.0);
        assertThat(geo.attenuationDb(new Point(20, 10), new Point(20, 35))).isEqualTo(0.0);
        assertThat(geo.attenuationDb(new Point(5, 35), new Point(100, 36))).isEqualTo(0.0);
    }

    @Test
    void walksThroughTheDoorNotTheWall() {
        WalkGraph g = geo.walkGraph();
        int door = g.doorNode("st-01", 0);
        int gate = g.entranceNode("gate-east");
        WalkPath path = g.shortestPath(gate, door);
        assertThat(path).isNotNull();
        assertThat(path.start()).isEqualTo(new Point(180, 35));
        assertThat(path.end()).isEqualTo(new Point(20, 30));
        assertThat(path.length()).isBetween(160.0, 170.0);
        for (int i = 1; i < path.points().size(); i++) {
            assertThat(geo.wallBlocks(path.points().get(i - 1), path.points().get(i))).isFalse();
        }
        assertThat(geo.wallBlocks(new Point(10, 20), new Point(10, 35))).isTrue();
        assertThat(geo.wallBlocks(new Point(20, 30), new Point(20, 35))).isFalse();
    }

    @Test
    void wallFanGivesTheSameAttenuationAsTheWallGrid() {
        java.util.Random r = new java.util.Random(42);
        java.util.List<Wall> walls = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Point a = new Point(r.nextInt(1000) / 10.0, r.nextInt(1000) / 10.0);
            Point b = r.nextBoolean() ? new Point(a.x(), r.nextInt(1000) / 10.0) : new Point(r.nextInt(1000) / 10.0, a.y());
            walls.add(new Wall(a, b, 1 + r.nextInt(15)));
        }
        Zone all = new Zone("all", "All", ZoneKind.CORRIDOR,
                java.util.List.of(new Point(0, 0), new Point(100, 0), new Point(100, 100), new Point(0, 100)), java.util.List.of());
        FloorplanGeometry lab = FloorplanGeometry.of(new Floorplan("walls", 100, 100, java.util.List.of(all), walls,
                java.util.List.of(), java.util.List.of(), null));
        int nonZero = 0;
        for (int s = 0; s < 20; s++) {
            Point sensor = s == 0 ? walls.get(0).from() : new Point(r.nextDouble() * 100, r.nextDouble() * 100);
            WallFan fan = lab.wallFan(sensor, 150);
            for (int i = 0; i < 2000; i++) {
                Point p = i % 10 == 0 ? walls.get(r.nextInt(walls.size())).to() : new Point(r.nextDouble() * 100, r.nextDouble() * 100);
                double expected = lab.attenuationDb(sensor, p);
                assertThat(fan.attenuationDb(p.x(), p.y())).as("%s -> %s", sensor, p).isEqualTo(expected);
                nonZero += expected > 0 ? 1 : 0;
            }
        }
        assertThat(nonZero).isGreaterThan(30_000);
    }
}
