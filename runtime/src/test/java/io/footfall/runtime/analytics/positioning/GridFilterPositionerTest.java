package io.footfall.runtime.analytics.positioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.footfall.runtime.analytics.evaluation.ErrorSummary;
import io.footfall.runtime.sighting.Sighting;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GridFilterPositionerTest {
    private final SensorLayout layout = Synthetic.layout();

    /** A walk along x from 2 to 18 m at 1 m/s at y = 6, each sensor heard 3 times a second with 5 dB noise. */
    private static List<Sighting> walk(SensorLayout layout, long seed) {
        Random random = new Random(seed);
        List<Sighting> out = new ArrayList<>();
        for (long t = 0; t < 16_000; t += 333) {
            for (int s = 0; s < layout.size(); s++) {
                long ts = t + s * 10L;
                double x = 2 + ts / 1000.0;
                out.add(new Sighting(ts, layout.sensor(s).id(), "aa:bb:cc:dd:ee:ff", Synthetic.rssi(layout, s, x, 6, 5.0, random), "ble"));
            }
        }
        return out;
    }

    @Test
    void tracksAWalkWellWithinTheSensorSpacingUnderModelNoise() {
        Positioning positioning = new Positioning(layout, Synthetic.ROOM);
        List<PositionStream.DeviceEstimate> estimates = PositionStream.run(layout,
                () -> positioning.newPositioner(PositioningMethod.GRID_FILTER), 500, 10_000, walk(layout, 3));
        assertThat(estimates).hasSizeGreaterThanOrEqualTo(31);
        double[] errors = estimates.stream()
                .mapToDouble(e -> Math.hypot(e.estimate().x() - (2 + e.estimate().ts() / 1000.0), e.estimate().y() - 6))
                .toArray();
        assertThat(ErrorSummary.of(errors).median()).isLessThan(1.25); // sensors are 8 m apart
        assertThat(estimates).allMatch(e -> e.estimate().uncertainty() > 0 && e.estimate().uncertainty() < 5);
    }

    @Test
    void neverLeavesAHardWalkableAreaEvenWhenTheRadioSaysSo() {
        WalkableArea leftHalf = new WalkableArea() {
            public double minX() { return 0; }
            public double minY() { return 0; }
            public double maxX() { return 20; }
            public double maxY() { return 15; }
            public boolean walkable(double x, double y) { return x < 10; }
        };
        GridFilterConfig hard = new GridFilterConfig(0.25, 250, 1000, 2.5, 8.0, 0.1, 10_000, 0.0);
        Positioning positioning = new Positioning(layout, leftHalf, PathLossModel.DEFAULT, hard);
        DevicePositioner p = positioning.newPositioner(PositioningMethod.GRID_FILTER);
        Random random = new Random(5);
        for (long t = 0; t < 4000; t += 50) {
            int s = (int) (t / 50 % layout.size());
            p.observe(t, s, Synthetic.rssi(layout, s, 15, 7.5, 3.0, random)); // truly at x = 15
        }
        PositionEstimate e = p.estimate(3000);
        assertThat(e.x()).isLessThanOrEqualTo(10.0);
        assertThat(e.x()).isGreaterThan(8.0); // pressed against the edge nearest the radio's answer
    }

    @Test
    void givesTheSameEstimatesWhenTheCallerHasObservedFarAhead() {
        Positioning positioning = new Positioning(layout, Synthetic.ROOM);
        List<Sighting> walk = walk(layout, 9);
        DevicePositioner justInTime = positioning.newPositioner(PositioningMethod.GRID_FILTER);
        DevicePositioner farAhead = positioning.newPositioner(PositioningMethod.GRID_FILTER);
        for (Sighting s : walk) {
            farAhead.observe(s.ts(), layout.indexOf(s.sensor()), s.rssi());
        }
        int next = 0;
        for (long t = 500; t <= 15_000; t += 500) {
            while (next < walk.size() && walk.get(next).ts() < t + justInTime.lagMillis()) {
                Sighting s = walk.get(next++);
                justInTime.observe(s.ts(), layout.indexOf(s.sensor()), s.rssi());
            }
            assertThat(farAhead.estimate(t)).isEqualTo(justInTime.estimate(t));
        }
        assertThatThrownBy(() -> farAhead.estimate(1000)).isInstanceOf(IllegalStateException.class);
    }
}
