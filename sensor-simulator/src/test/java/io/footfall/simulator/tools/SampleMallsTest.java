package io.footfall.simulator.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.FloorplanGeometry;
import io.footfall.runtime.floorplan.FloorplanJson;
import io.footfall.runtime.floorplan.MallEntrance;
import io.footfall.runtime.floorplan.WalkGraph;
import io.footfall.runtime.floorplan.Zone;
import io.footfall.runtime.floorplan.ZoneKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed sample malls load, validate, match their generator and are usable: every store and
 * food court reachable on foot from every mall entrance, sensors 15–25 m apart along the corridors and one in every store.
 * Run with {@code -Dfootfall.regenerateMalls=true} to rewrite floorplans/ after changing the generator.
 */
class SampleMallsTest {

    static Stream<Arguments> malls() {
        return Stream.of(
                Arguments.of("small-mall.json", (Supplier<Floorplan>) MallGenerator::small, 18, 25),
                Arguments.of("medium-mall.json", (Supplier<Floorplan>) MallGenerator::medium, 75, 90),
                Arguments.of("large-mall.json", (Supplier<Floorplan>) MallGenerator::large, 240, 260));
    }

    static Path floorplans() {
        return Path.of(System.getProperty("footfall.repo.root", "..")).resolve("floorplans");
    }

    @ParameterizedTest
    @MethodSource("malls")
    void committedMallMatchesItsGeneratorAndValidates(String file, Supplier<Floorplan> generator, int minStores, int maxStores) throws Exception {
        Path path = floorplans().resolve(file);
        Floorplan generated = generator.get();
        if (Boolean.getBoolean("footfall.regenerateMalls")) {
            Files.createDirectories(path.getParent());
            FloorplanJson.save(generated, path);
        }
        Floorplan loaded = FloorplanJson.load(path);
        assertThat(Files.readString(path)).isEqualTo(FloorplanJson.toJson(generated));
        long stores = loaded.zones().stream().filter(z -> z.kind() == ZoneKind.STORE).count();
        assertThat(stores).isBetween((long) minStores, (long) maxStores);
        assertThat(loaded.entrances()).hasSizeGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("malls")
    void everyStoreIsReachableFromEveryEntrance(String file) {
        FloorplanGeometry geo = FloorplanGeometry.of(FloorplanJson.load(floorplans().resolve(file)));
        WalkGraph graph = geo.walkGraph();
        for (MallEntrance gate : geo.plan().entrances()) {
            for (Zone z : geo.plan().zones()) {
                for (int d = 0; d < z.entrances().size(); d++) {
                    assertThat(graph.shortestPath(graph.entranceNode(gate.id()), graph.doorNode(z.id(), d)))
                            .as("walk from %s to %s", gate.id(), z.id()).isNotNull();
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("malls")
    void corridorSensorsAreFifteenToTwentyFiveMetersApart(String file) {
        Floorplan plan = FloorplanJson.load(floorplans().resolve(file));
        FloorplanGeometry geo = FloorplanGeometry.of(plan);
        var corridorSensors = plan.sensors().stream()
                .filter(s -> geo.zoneAt(s.position()).kind() == ZoneKind.CORRIDOR).toList();
        assertThat(corridorSensors).isNotEmpty();
        for (var s : corridorSensors) {
            double nearest = corridorSensors.stream().filter(o -> o != s)
                    .mapToDouble(o -> o.position().distanceTo(s.position())).min().orElseThrow();
            assertThat(nearest).as("nearest neighbour of %s", s.id()).isBetween(15.0, 25.0);
        }
        for (Zone store : plan.zones().stream().filter(z -> z.kind() == ZoneKind.STORE).toList()) {
            assertThat(plan.sensors().stream().filter(s -> store.contains(s.position().x(), s.position().y())))
                    .as("sensors in %s", store.id()).hasSize(1);
        }
    }
}
