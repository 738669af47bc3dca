package io.footfall.runtime.analytics.positioning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WeightedCentroidPositionerTest {
    private final SensorLayout layout = Synthetic.layout();

    @Test
    void averagesTheStrongestSensorsWeightedByAmplitude() {
        WeightedCentroidPositioner p = new WeightedCentroidPositioner(layout, 1000, 3);
        p.observe(1000, 0, -50); // (2, 2)
        p.observe(1100, 1, -70); // (10, 2)
        p.observe(1200, 3, -70); // (2, 7.5)
        p.observe(1300, 8, -90); // (18, 13): not among the 3 strongest
        PositionEstimate e = p.estimate(1500);
        double w0 = Math.pow(10, -50 / 20.0);
        double w1 = Math.pow(10, -70 / 20.0);
        assertThat(e.x()).isCloseTo((2 * w0 + 10 * w1 + 2 * w1) / (w0 + 2 * w1), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(e.y()).isCloseTo((2 * w0 + 2 * w1 + 7.5 * w1) / (w0 + 2 * w1), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(e.ts()).isEqualTo(1500);
    }

    @Test
    void usesOnlyTheTrailingWindowAndSaysNothingWithoutData() {
        WeightedCentroidPositioner p = new WeightedCentroidPositioner(layout, 1000, 3);
        assertThat(p.estimate(0)).isNull();
        p.observe(0, 8, -40);
        p.observe(1500, 0, -80);
        PositionEstimate e = p.estimate(2000); // the -40 at t=0 left the window
        assertThat(e.x()).isEqualTo(2.0);
        assertThat(e.y()).isEqualTo(2.0);
        assertThat(p.estimate(5000)).isNull();
    }
}
