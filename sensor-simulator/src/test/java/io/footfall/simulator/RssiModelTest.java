package io.footfall.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import io.footfall.runtime.floorplan.FloorplanGeometry;
import io.footfall.runtime.floorplan.FloorplanJson;
import io.footfall.runtime.floorplan.Point;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What sensors report follows the configured radio model: RSSI residuals against log-distance path
 * loss (with the walls in between) have mean 0 and the configured shadowing σ. Staff phones in a lab
 * store give stationary transmitters; truth rows say where they are.
 */
class RssiModelTest {
    static final String LAB = """
            {"format": "footfall-floorplan/1", "name": "RF lab", "width": 60, "height": 40,
             "zones": [
               {"id": "lab", "name": "Lab", "kind": "store", "polygon": [[0,0],[40,0],[40,20],[0,20]], "entrances": [[20,20]]},
               {"id": "hall", "name": "Hall", "kind": "corridor", "polygon": [[0,20],[60,20],[60,30],[0,30]]}
             ],
             "walls": [{"from": [0,20], "to": [18.5,20], "attenuationDb": 10}, {"from": [21.5,20], "to": [40,20], "attenuationDb": 10}],
             "entrances": [{"id": "gate", "position": [60, 25]}],
             "sensors": [{"id": "s-in", "position": [20, 10], "kinds": ["wifi"]}, {"id": "s-out", "position": [30, 25], "kinds": ["wifi"]}]}
            """;
    static final double SIGMA = 5.0;
    static final RadioParams MODEL = new RadioParams(-40, -59, 2.2, SIGMA, -300, -300);

    @Test
    void residualsHaveZeroMeanAndTheConfiguredSigma(@TempDir Path dir) throws Exception {
        FloorplanGeometry lab = FloorplanGeometry.of(FloorplanJson.parse(LAB, "lab.json"));
        SimulationSettings settings = SimulationSettings.defaults().withDuration(2 * 3_600_000L).withShoppersPerHour(0)
                .withDevices(0.7, 0.4, 0, 12.0, 0).withRadio(MODEL, Map.of()).withSeed(5);
        SimFixtures.run(lab, settings, dir);
        Map<String, JsonNode> truthByDeviceSecond = new HashMap<>();
        for (JsonNode row : SimFixtures.jsonLines(dir.resolve(SimulationFiles.TRUTH))) {
            if (!row.get("device").isNull()) {
                truthByDeviceSecond.put(row.get("device").asText() + "@" + row.get("ts").asLong(), row);
            }
        }
        Stats all = new Stats();
        Stats throughWalls = new Stats();
        for (JsonNode s : SimFixtures.jsonLines(dir.resolve(SimulationFiles.SIGHTINGS))) {
            long second = Math.floorDiv(s.get("ts").asLong(), 1000) * 1000;
            JsonNode before = truthByDeviceSecond.get(s.get("device").asText() + "@" + second);
            JsonNode after = truthByDeviceSecond.get(s.get("device").asText() + "@" + (second + 1000));
            if (before == null || after == null || !before.get("x").equals(after.get("x")) || !before.get("y").equals(after.get("y"))) {
                continue; // moving, or the address rotated within this second
            }
            Point phone = new Point(before.get("x").asDouble(), before.get("y").asDouble());
            Point sensor = lab.plan().sensor(s.get("sensor").asText()).orElseThrow().position();
            double d = Math.sqrt(Math.pow(phone.distanceTo(sensor), 2) + settings.mountHeightM() * settings.mountHeightM());
            double walls = lab.attenuationDb(phone, sensor);
            double residual = s.get("rssi").asInt() - MODEL.meanRssi(true, d, walls);
            all.add(residual);
            if (walls > 0) {
                throughWalls.add(residual);
            }
        }
        assertThat(all.n).isGreaterThan(3000);
        assertThat(throughWalls.n).isGreaterThan(1000);
        // Rounding RSSI to whole dBm adds 1/12 dB² of variance.
        double expectedSd = Math.sqrt(SIGMA * SIGMA + 1.0 / 12);
        assertThat(all.mean()).isCloseTo(0, offset(0.3));
        assertThat(all.sd()).isCloseTo(expectedSd, offset(0.3));
        assertThat(throughWalls.mean()).isCloseTo(0, offset(0.4));
    }

    @Test
    void nothingBelowTheDetectionFloorIsReported(@TempDir Path dir) throws Exception {
        FloorplanGeometry lab = FloorplanGeometry.of(FloorplanJson.parse(LAB, "lab.json"));
        RadioParams strict = new RadioParams(-40, -59, 3.0, 4, -70, -80);
        SimulationSettings settings = SimulationSettings.defaults().withDuration(1_800_000L).withShoppersPerHour(0)
                .withDevices(0.7, 0.4, 0, 12.0, 0).withRadio(RadioParams.DEFAULT, Map.of("s-out", strict)).withSeed(6);
        SimFixtures.run(lab, settings, dir);
        List<JsonNode> sightings = SimFixtures.jsonLines(dir.resolve(SimulationFiles.SIGHTINGS));
        assertThat(sightings).anyMatch(s -> s.get("sensor").asText().equals("s-in") && s.get("rssi").asInt() < -70);
        assertThat(sightings).filteredOn(s -> s.get("sensor").asText().equals("s-out"))
                .isNotEmpty().allMatch(s -> s.get("rssi").asInt() >= -70);
    }

    private static final class Stats {
        long n;
        double sum;
        double sumSq;

        void add(double v) {
            n++;
            sum += v;
            sumSq += v * v;
        }

        double mean() {
            return sum / n;
        }

        double sd() {
            return Math.sqrt(sumSq / n - mean() * mean());
        }
    }
}
