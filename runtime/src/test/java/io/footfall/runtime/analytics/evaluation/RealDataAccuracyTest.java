package io.footfall.runtime.analytics.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.analytics.SharedData;
import io.footfall.runtime.analytics.data.BogaziciDataset;
import io.footfall.runtime.analytics.data.BogaziciSite;
import io.footfall.runtime.analytics.data.BogaziciTrack;
import io.footfall.runtime.analytics.positioning.PositioningMethod;
import org.junit.jupiter.api.Test;

/**
 * The default positioning, default parameters, all 9 real tracks, every estimate counted: it must beat
 * the README's anchor clearly and meet the targets of issue 6 (median ≤ 1.5 m, p90 ≤ 3.0 m).
 */
class RealDataAccuracyTest {
    private final BogaziciDataset dataset = SharedData.bogazici();
    private final ErrorSummary anchor = ErrorSummary.of(TrackAccuracy.pooled(TrackAccuracy.anchor(dataset)));

    @Test
    void theDefaultMethodMeetsTheTargetsAndBeatsTheAnchor() {
        ErrorSummary s = ErrorSummary.of(TrackAccuracy.pooled(TrackAccuracy.run(dataset, PositioningMethod.DEFAULT)));
        assertThat(s.count()).isGreaterThanOrEqualTo(halfSecondsOfTrack());
        assertThat(s.median()).isLessThanOrEqualTo(1.5).isLessThan(0.6 * anchor.median());
        assertThat(s.p90()).isLessThanOrEqualTo(3.0).isLessThan(0.6 * anchor.p90());
    }

    @Test
    void evenWithoutTheFurnitureItBeatsTheAnchorClearly() {
        ErrorSummary s = ErrorSummary.of(TrackAccuracy.pooled(
                TrackAccuracy.run(dataset, PositioningMethod.DEFAULT, BogaziciSite.room(dataset))));
        assertThat(s.median()).isLessThan(0.7 * anchor.median());
        assertThat(s.p90()).isLessThan(0.6 * anchor.p90());
    }

    @Test
    void trilaterationBeatsTheAnchorToo() {
        ErrorSummary s = ErrorSummary.of(TrackAccuracy.pooled(TrackAccuracy.run(dataset, PositioningMethod.TRILATERATION)));
        assertThat(s.median()).isLessThan(0.8 * anchor.median());
        assertThat(s.p90()).isLessThan(0.8 * anchor.p90());
    }

    private int halfSecondsOfTrack() {
        int n = 0;
        for (BogaziciTrack t : dataset.tracks()) {
            n += (int) ((t.endTs() - t.startTs()) / TrackAccuracy.CADENCE_MILLIS);
        }
        return n;
    }
}
