package io.footfall.runtime.analytics.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.footfall.runtime.analytics.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The data set's README publishes an anchor: the weighted centroid of the 3 strongest receivers scores
 * 2.68 m median and 5.37 m p90 over 1,374 estimates. Reproducing it with our reader, positioner and
 * evaluation shows that the evaluation measures what the README measured.
 */
class AnchorReproductionTest {

    @Test
    void reproducesTheReadmeAnchor() {
        ErrorSummary s = ErrorSummary.of(TrackAccuracy.pooled(TrackAccuracy.anchor(SharedData.bogazici())));
        assertThat(s.count()).isEqualTo(1374);
        assertThat(s.median()).isCloseTo(2.68, offset(0.06));
        assertThat(s.p90()).isCloseTo(5.37, offset(0.10));
    }
}
