package io.footfall.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.floorplan.FloorplanGeometry;
import io.footfall.runtime.floorplan.Point;
import io.footfall.runtime.floorplan.Zone;
import io.footfall.runtime.floorplan.ZoneKind;
import org.junit.jupiter.api.Test;

/** Shoppers and staff stay on the floor: no walking through walls, never outside the plan or into service areas. */
class WalkingTest {

    @Test
    void nobodyWalksThroughWallsOrLeavesThePlan() {
        FloorplanGeometry mall = SimFixtures.mall("medium-mall.json");
        Population population = Population.plan(mall, SimulationSettings.defaults().withShoppersPerHour(1500));
        assertThat(population.people()).hasSizeGreaterThan(1000);
        long segments = 0;
        for (Person person : population.people()) {
            Track track = person.track();
            for (int i = 1; i < track.waypointCount(); i++) {
                Point a = track.waypoint(i - 1);
                Point b = track.waypoint(i);
                assertThat(mall.wallBlocks(a, b)).as("%s walks %s -> %s through a wall", person.id(), a, b).isFalse();
                int samples = Math.max(1, (int) Math.ceil(a.distanceTo(b) / 0.25));
                for (int k = 0; k <= samples; k++) {
                    double t = (double) k / samples;
                    Zone z = mall.zoneAt(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t);
                    assertThat(z).as("%s outside the plan between %s and %s", person.id(), a, b).isNotNull();
                    assertThat(z.kind()).as("%s in a service area", person.id()).isNotEqualTo(ZoneKind.SERVICE);
                }
                segments++;
            }
        }
        assertThat(segments).isGreaterThan(10_000);
    }

    @Test
    void walkingSpeedsFollowTheConfiguredNormal() {
        FloorplanGeometry mall = SimFixtures.mall("small-mall.json");
        Population population = Population.plan(mall, SimulationSettings.defaults().withShoppersPerHour(3000).withDevices(0.7, 0.4, 0.3, 0.25, 0));
        // The first move of every shopper is a corridor walk at their own speed.
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        for (Person p : population.people()) {
            if (!p.staff()) {
                Track t = p.track();
                double speed = t.waypoint(0).distanceTo(t.waypoint(1)) / ((t.waypointTime(1) - t.waypointTime(0)) / 1000);
                sum += speed;
                sumSq += speed * speed;
                n++;
            }
        }
        double mean = sum / n;
        double sd = Math.sqrt(sumSq / n - mean * mean);
        assertThat(n).isGreaterThan(1000);
        assertThat(mean).isCloseTo(1.34, org.assertj.core.data.Offset.offset(0.03));
        assertThat(sd).isCloseTo(0.26, org.assertj.core.data.Offset.offset(0.03));
    }
}
