package io.footfall.simulator.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.sighting.Sighting;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacedOutputTest {

    /** Remembers what was sent and when. */
    static final class RecordingPublisher implements LivePublisher {
        final List<String> sent = Collections.synchronizedList(new ArrayList<>());
        final List<Long> sentAtNanos = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void publish(String sensor, List<Sighting> sightings) {
            for (Sighting s : sightings) {
                sent.add(sensor + "@" + s.ts());
                sentAtNanos.add(System.nanoTime());
            }
        }

        @Override
        public void close() {
        }
    }

    @Test
    void pacesBySpeedAndDeliversDelayedSensorsLate() throws Exception {
        RecordingPublisher publisher = new RecordingPublisher();
        long start = 1_000_000;
        long wallStart = System.nanoTime();
        PacedOutput out = new PacedOutput(publisher, start, 10);
        out.sighting(new Sighting(start, "slow", "aa:00:00:00:00:01", -60, "wifi"), 2_000);
        out.sighting(new Sighting(start + 1_000, "fast", "aa:00:00:00:00:02", -60, "wifi"), 0);
        out.sighting(new Sighting(start + 3_000, "fast", "aa:00:00:00:00:03", -60, "wifi"), 0);
        out.close();
        double wallMs = (System.nanoTime() - wallStart) / 1e6;
        assertThat(publisher.sent).containsExactly("fast@1001000", "slow@1000000", "fast@1003000");
        // The last one is due 3 s of simulated time in, 300 ms of wall time at 10×.
        assertThat(wallMs).isBetween(280.0, 2_000.0);
        double slowAtMs = (publisher.sentAtNanos.get(1) - wallStart) / 1e6;
        assertThat(slowAtMs).isGreaterThan(180.0);
    }
}
