package io.footfall.runtime.analytics.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PositionSmootherTest {

    @Test
    void anUncertainOutlierBarelyMovesAWellPlacedDeviceButAConfidentEstimateDoes() {
        PositionSmoother s = new PositionSmoother(1.0);
        s.update(0, 10, 10, 2);
        double[] afterOutlier = s.update(1000, 60, 10, 40);
        assertThat(afterOutlier[0]).isLessThan(11);
        double[] afterConfident = s.update(60_000, 20, 10, 2);
        assertThat(afterConfident[0]).isGreaterThan(18);
    }

    @Test
    void aHeldPositionStaysPutAndGrowsLessCertain() {
        PositionSmoother s = new PositionSmoother(1.0);
        double[] first = s.update(0, 5, 5, 3);
        double[] held = s.hold(16_000);
        assertThat(held[0]).isEqualTo(first[0]);
        assertThat(held[2]).isEqualTo(5.0);
    }
}
