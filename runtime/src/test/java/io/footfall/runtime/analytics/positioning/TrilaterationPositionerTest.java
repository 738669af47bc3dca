package io.footfall.runtime.analytics.positioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TrilaterationPositionerTest {
    private final SensorLayout layout = Synthetic.layout();

    private TrilaterationPositioner positioner() {
        return new TrilaterationPositioner(layout, PathLossModel.DEFAULT, Synthetic.ROOM, 2000, 6.0);
    }

    @Test
    void recoversThePositionFromNoiseFreeReadings() {
        TrilaterationPositioner p = positioner();
        for (int s = 0; s < layout.size(); s++) {
            double d = PathLossModel.DEFAULT.distance(13.3, 4.1, layout.x(s), layout.y(s), layout.height(s));
            // Whole dBm, as sensors report: the fit can be off by the rounding only.
            p.observe(100 + s, s, (int) Math.round(PathLossModel.DEFAULT.expectedRssi(d)));
        }
        PositionEstimate e = p.estimate(1000);
        assertThat(Math.hypot(e.x() - 13.3, e.y() - 4.1)).isLessThan(0.15);
        assertThat(e.uncertainty()).isLessThan(1.0); // a 1 dB floor: sensors report whole dBm
    }

    @Test
    void oneSensorInADeepFadeDoesNotDragTheFixAway() {
        TrilaterationPositioner p = positioner();
        Random random = new Random(7);
        for (int s = 0; s < layout.size(); s++) {
            int rssi = Synthetic.rssi(layout, s, 6, 10, 1.0, random);
            p.observe(100 + s, s, s == 4 ? rssi - 30 : rssi); // the centre sensor behind a body
        }
        PositionEstimate e = p.estimate(1000);
        assertThat(Math.hypot(e.x() - 6, e.y() - 10)).isLessThan(0.5);
    }

    @Test
    void staysInsideTheArea() {
        TrilaterationPositioner p = positioner();
        // Readings that say "beyond the right wall": far from everything but sensor 5 at (18, 7.5).
        for (int s = 0; s < layout.size(); s++) {
            p.observe(100 + s, s, s == 5 ? -45 : -95);
        }
        PositionEstimate e = p.estimate(1000);
        assertThat(e.x()).isBetween(0.0, 20.0);
        assertThat(e.y()).isBetween(0.0, 15.0);
    }
}
