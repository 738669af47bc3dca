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
}
