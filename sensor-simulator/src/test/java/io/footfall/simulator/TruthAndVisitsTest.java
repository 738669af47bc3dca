package io.footfall.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.footfall.runtime.floorplan.FloorplanGeometry;
import io.footfall.runtime.floorplan.Geometry;
import io.footfall.runtime.floorplan.Zone;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TruthAndVisitsTest {
    static FloorplanGeometry mall;
    static List<JsonNode> truth;
    static List<String[]> visits;
    static SimulationSettings settings = SimulationSettings.defaults().withDuration(30 * 60_000).withShoppersPerHour(1200).withSeed(3);

    @BeforeAll
    static void simulate(@TempDir Path dir) throws Exception {
        mall = SimFixtures.mall("medium-mall.json");
        SimFixtures.run(mall, settings, dir);
        truth = SimFixtures.jsonLines(dir.resolve(SimulationFiles.TRUTH));
        visits = SimFixtures.csvRows(dir.resolve(SimulationFiles.VISITS));
    }

    @Test
    void truthZonesMatchPositions() {
        assertThat(truth).hasSizeGreaterThan(100_000);
        for (JsonNode row : truth) {
            double x = row.get("x").asDouble();
            double y = row.get("y").asDouble();
            Zone here = mall.zoneAt(x, y);
            String claimed = row.get("zone").isNull() ? null : row.get("zone").asText();
            assertThat(claimed).as("every truth position is inside the plan: %s", row).isNotNull();
            if (here == null || !here.id().equals(claimed)) {
                // x and y are rounded to the centimeter; the zone is that of the exact position.
                Zone zone = mall.plan().zone(claimed).orElseThrow();
                assertThat(Geometry.distanceToBoundary(zone.polygon(), x, y)).as("row %s", row).isLessThan(0.01);
            }
        }
    }

    @Test
    void everyoneInTheMallHasATruthRowEverySecond() {
        Map<String, List<Long>> times = new HashMap<>();
        for (JsonNode row : truth) {
            times.computeIfAbsent(row.get("person").asText() + "/" + row.get("device").asText(), k -> new ArrayList<>()).add(row.get("ts").asLong());
        }
        for (var e : times.entrySet()) {
            List<Long> ts = e.getValue();
            for (int i = 1; i < ts.size(); i++) {
                assertThat(ts.get(i) - ts.get(i - 1)).as(e.getKey()).isEqualTo(1000L);
            }
        }
    }

    @Test
    void everyVisitLiesInsideTheTruthTrack() {
        Map<String, List<JsonNode>> byPerson = new HashMap<>();
        for (JsonNode row : truth) {
            byPerson.computeIfAbsent(row.get("person").asText(), k -> new ArrayList<>()).add(row);
        }
        assertThat(visits).hasSizeGreaterThan(300);
        long checkedRows = 0;
        for (String[] v : visits) {
            String person = v[0];
            String zone = v[1];
            long enter = Long.parseLong(v[2]);
            long exit = Long.parseLong(v[3]);
            assertThat(exit).isGreaterThan(enter);
            assertThat(mall.plan().zone(zone).orElseThrow().kind().isVisited()).isTrue();
            int inside = 0;
            for (JsonNode row : byPerson.get(person)) {
                long ts = row.get("ts").asLong();
                if (ts >= enter && ts < exit) {
                    assertThat(row.get("zone").asText()).as("%s at %d during visit %s", person, ts, String.join(",", v)).isEqualTo(zone);
                    inside++;
                }
            }
            if (exit - enter >= 1000) {
                assertThat(inside).as("truth rows during visit %s", String.join(",", v)).isPositive();
            }
            checkedRows += inside;
        }
        assertThat(checkedRows).isGreaterThan(10_000);
    }

    @Test
    void staffStayInTheirStoreTheWholeRun() {
        long staffVisits = visits.stream().filter(v -> v[0].startsWith("staff-")).count();
        assertThat(staffVisits).isPositive();
        long start = settings.startEpochMs();
        long end = start + settings.durationMs();
        for (String[] v : visits) {
            if (v[0].startsWith("staff-")) {
                assertThat(Long.parseLong(v[2])).isEqualTo(start);
                assertThat(Long.parseLong(v[3])).isEqualTo(end);
            }
        }
    }
}
