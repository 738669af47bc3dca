package io.footfall.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.footfall.runtime.floorplan.Point;
import io.footfall.runtime.sighting.Sighting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddressRotationTest {
    private static final Track STANDING = standing();

    private static Track standing() {
        TrackBuilder b = new TrackBuilder(0, new Point(1, 1));
        b.stay(3_600_000);
        return b.build();
    }

    private static Phone phone(double perBurstShare, long seed) {
        SimulationSettings s = SimulationSettings.defaults().withDevices(1.0, perBurstShare, 0.3, 0.25, 0.1);
        return new Phone(0, "p-1", STANDING, new SplittableRandom(seed), s);
    }

    @Test
    void perBurstRotationGivesEveryBurstANewRandomizedAddressAndSequenceNumbersCarryOn() {
        Phone phone = phone(1.0, 1);
        Set<String> addresses = new HashSet<>();
        int expectedSeq = -1;
        for (int burst = 0; burst < 20; burst++) {
            phone.beginBurst(burst * 15_000.0);
            assertThat(Sighting.isRandomized(phone.wifiAddress())).isTrue();
            assertThat(addresses.add(phone.wifiAddress())).as("burst %d reuses an address", burst).isTrue();
            for (int frame = 0; frame < 3; frame++) {
                int seq = phone.nextSeq();
                if (expectedSeq >= 0) {
                    assertThat(seq).isEqualTo(expectedSeq);
                }
                expectedSeq = (seq + 1) & 0xfff;
            }
        }
    }

    @Test
    void intervalRotationKeepsAnAddressForMinutesThenChangesIt() {
        Phone phone = phone(0.0, 2);
        List<String> seen = new ArrayList<>();
        for (double t = 0; t < 3_600_000; t += 15_000) {
            phone.beginBurst(t);
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(phone.wifiAddress())) {
                seen.add(phone.wifiAddress());
            }
        }
        // Lifetimes of 5 to 20 minutes: 3 to 12 addresses in an hour.
        assertThat(seen).hasSizeBetween(3, 13).allMatch(Sighting::isRandomized);
        assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);
    }

    @Test
    void nonRandomizingPhonesKeepTheirVendorAddress() {
        SimulationSettings s = SimulationSettings.defaults().withDevices(0.0, 0.5, 0.3, 0.25, 0.1);
        Phone phone = new Phone(0, "p-1", STANDING, new SplittableRandom(3), s);
        String first = phone.wifiAddress();
        for (double t = 0; t < 3_600_000; t += 15_000) {
            phone.beginBurst(t);
        }
        assertThat(phone.wifiAddress()).isEqualTo(first);
        assertThat(Sighting.isRandomized(first)).isFalse();
    }

    @Test
    void sensorsHearRotatingAddressesInARun(@TempDir Path dir) throws Exception {
        SimulationSettings s = SimulationSettings.defaults().withDuration(20 * 60_000).withShoppersPerHour(600)
                .withDevices(1.0, 0.5, 0.0, 0.1, 0.1).withSeed(4);
        SimulationSummary summary = SimFixtures.run(SimFixtures.mall("small-mall.json"), s, dir);
        Set<String> wifiAddresses = new HashSet<>();
        for (JsonNode row : SimFixtures.jsonLines(dir.resolve(SimulationFiles.SIGHTINGS))) {
            assertThat(Sighting.isRandomized(row.get("device").asText())).isTrue();
            wifiAddresses.add(row.get("device").asText());
        }
        assertThat(wifiAddresses.size()).isGreaterThan(3 * summary.phones());
    }
}
