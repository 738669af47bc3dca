package io.footfall.runtime.analytics.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class ErrorSummaryTest {

    @Test
    void interpolatesPercentilesBetweenOrderStatistics() {
        ErrorSummary s = ErrorSummary.of(new double[] {4, 1, 3, 2});
        assertThat(s.count()).isEqualTo(4);
        assertThat(s.median()).isEqualTo(2.5);
        assertThat(s.p90()).isCloseTo(3.7, offset(1e-12)); // numpy.percentile([1,2,3,4], 90)
        assertThat(s.mean()).isEqualTo(2.5);
        assertThat(s.max()).isEqualTo(4);
    }

    @Test
    void anEmptySetHasNoFigures() {
        assertThat(ErrorSummary.of(new double[0]).median()).isNaN();
    }
}
