package io.footfall.runtime.analytics.positioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.sighting.Sighting;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionStreamTest {
    private final SensorLayout layout = Synthetic.layout();

    @Test
    void estimatesEachDeviceAtItsCadenceAndCountsWhatItCannotUse() {
        List<PositionStream.DeviceEstimate> out = new ArrayList<>();
        PositionStream stream = new PositionStream(layout, () -> new WeightedCentroidPositioner(layout, 1000, 3),
                500, 10_000, (device, e) -> out.add(new PositionStream.DeviceEstimate(device, e)));
        for (long t = 0; t <= 3000; t += 100) {
            assertThat(stream.accept(new Sighting(t, "s0", "a", -60, "ble"))).isTrue();
            assertThat(stream.accept(new Sighting(t + 50, "s8", "b", -60, "ble"))).isTrue();
        }
        assertThat(stream.accept(new Sighting(3100, "nowhere", "a", -60, "ble"))).isFalse();
        assertThat(stream.accept(new Sighting(100, "s0", "a", -60, "ble"))).isFalse();
        stream.finish();
        assertThat(stream.unknownSensorCount()).isEqualTo(1);
        assertThat(stream.outOfOrderCount()).isEqualTo(1);
        assertThat(out.stream().filter(e -> e.device().equals("a")).map(e -> e.estimate().ts()))
                .containsExactly(500L, 1000L, 1500L, 2000L, 2500L, 3000L);
        assertThat(out.stream().filter(e -> e.device().equals("b")))
                .allMatch(e -> e.estimate().x() == 18 && e.estimate().y() == 13);
    }

    @Test
    void aDeviceSilentLongerThanTheForgetTimeStartsAFreshTrack() {
        List<Long> times = new ArrayList<>();
        PositionStream stream = new PositionStream(layout, () -> new WeightedCentroidPositioner(layout, 1000, 3),
                500, 5_000, (device, e) -> times.add(e.ts()));
        stream.accept(new Sighting(0, "s0", "a", -60, "ble"));
        stream.accept(new Sighting(900, "s0", "a", -60, "ble"));
        stream.accept(new Sighting(60_000, "s0", "a", -60, "ble"));
        stream.accept(new Sighting(60_600, "s0", "a", -60, "ble"));
        stream.finish();
        assertThat(times).containsExactly(500L, 60_500L);
    }
}
