package io.footfall.runtime.analytics.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.footfall.runtime.analytics.files.PositionRow;
import io.footfall.runtime.analytics.files.TruthRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionErrorEvaluatorTest {
    private final List<TruthRow> truth = List.of(
            new TruthRow(1000, "p1", "d1", 0, 0, null),
            new TruthRow(2000, "p1", "d1", 10, 0, null),
            new TruthRow(9000, "p1", "d1", 10, 10, null), // 7 s later: a new walk, nothing known between
            new TruthRow(1000, "p2", null, 5, 5, null));

    @Test
    void interpolatesTruthAtEachEstimateAndCountsWhatItCannotMatch() {
        PositionErrorEvaluator.PositionErrors r = new PositionErrorEvaluator(truth).evaluate(List.of(
                new PositionRow(1500, "d1", 5, 3, null),   // truth (5, 0): 3 m
                new PositionRow(2000, "d1", 10, 4, null),  // exactly a truth row: 4 m
                new PositionRow(5000, "d1", 10, 5, null),  // in the 7 s hole
                new PositionRow(500, "d1", 0, 0, null),    // before the truth starts
                new PositionRow(1500, "d9", 0, 0, null))); // a device the truth does not know
        assertThat(r.errors()).containsExactly(3.0, 4.0);
        assertThat(r.unmatched()).isEqualTo(3);
        assertThat(r.summary().median()).isCloseTo(3.5, offset(1e-12));
    }
}
