package io.footfall.runtime.analytics.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.footfall.runtime.analytics.positioning.PositionEstimate;
import org.junit.jupiter.api.Test;

class PositionFusionTest {

    @Test
    void twoEquallySharpEstimatesMeetHalfWayAndAreSharperTogether() {
        PositionEstimate f = PositionFusion.fuse(new PositionEstimate(7, 10, 10, 1), new PositionEstimate(9, 11, 10, 1));
        assertThat(f.x()).isCloseTo(10.5, within(1e-9));
        assertThat(f.y()).isCloseTo(10, within(1e-9));
        assertThat(f.uncertainty()).isCloseTo(Math.sqrt(0.5), within(1e-9));
        assertThat(f.ts()).isEqualTo(7);
    }

    @Test
    void theSharperEstimateCountsMore() {
        PositionEstimate f = PositionFusion.fuse(new PositionEstimate(0, 10, 10, 2), new PositionEstimate(0, 11, 10, 0.5));
        assertThat(f.x()).isGreaterThan(10.9);
    }

    @Test
    void estimatesFarApartAreNotAveraged() {
        PositionEstimate primary = new PositionEstimate(0, 10, 10, 0.5);
        assertThat(PositionFusion.fuse(primary, new PositionEstimate(0, 20, 10, 0.5))).isSameAs(primary);
    }
}
