package io.footfall.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.footfall.runtime.floorplan.FloorplanGeometry;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaultsTest {
    private final FloorplanGeometry mall = SimFixtures.mall("small-mall.json");
    private final SimulationSettings base = SimulationSettings.defaults().withDuration(20 * 60_000).withShoppersPerHour(1500).withSeed(11);

    @Test
    void anOfflineSensorIsSilentDuringItsOutageOnly(@TempDir Path dir) throws Exception {
        SimFixtures.run(mall, base.withFaults(List.of(Fault.parse("offline:s-003:5m-15m"))), dir);
        long start = base.startEpochMs();
        List<Long> s3 = SimFixtures.jsonLines(dir.resolve(SimulationFiles.SIGHTINGS)).stream()
                .filter(s -> s.get("sensor").asText().equals("s-003")).map(s -> s.get("ts").asLong() - start).toList();
        // Clock skew moves a sensor's timestamps by well under a second.
        assertThat(s3).anyMatch(t -> t < 300_000).anyMatch(t -> t >= 900_000)
                .noneMatch(t -> t > 301_000 && t < 899_000);
    }

    @Test
    void aDuplicatingSensorRepeatsAboutTheConfiguredShare(@TempDir Path dir) throws Exception {
        SimFixtures.run(mall, base.withFaults(List.of(Fault.parse("duplicate:s-002:0.25"))), dir);
        Map<String, Integer> copies = new HashMap<>();
        for (JsonNode s : SimFixtures.jsonLines(dir.resolve(SimulationFiles.SIGHTINGS))) {
            copies.merge(s.get("sensor").asText() + " " + s, 1, Integer::sum);
        }
        long s2 = copies.keySet().stream().filter(k -> k.startsWith("s-002 ")).count();
        long s2Repeated = copies.entrySet().stream().filter(e -> e.getKey().startsWith("s-002 ") && e.getValue() > 1).count();
        long othersRepeated = copies.entrySet().stream().filter(e -> !e.getKey().startsWith("s-002 ") && e.getValue() > 1).count();
        assertThat(s2).isGreaterThan(1000);
        assertThat((double) s2Repeated / s2).isBetween(0.2, 0.3);
        assertThat(othersRepeated).isZero();
    }

    @Test
    void faultSpecificationsAreCheckedWithClearMessages() {
        assertThat(Fault.parse("delay:s-001:30s").delayMs()).isEqualTo(30_000);
        assertThatThrownBy(() -> Fault.parse("offline:s-001")).hasMessage("fault 'offline:s-001': expected KIND:SENSOR:ARG, e.g. offline:s-03:10m-20m");
        assertThatThrownBy(() -> Fault.parse("duplicate:s-001:2")).hasMessage("fault 'duplicate:s-001:2': the share must be in (0, 1]");
        assertThatThrownBy(() -> Fault.parse("offline:s-001:5m")).hasMessage("fault 'offline:s-001:5m': expected FROM-TO, e.g. 10m-20m");
    }
}
