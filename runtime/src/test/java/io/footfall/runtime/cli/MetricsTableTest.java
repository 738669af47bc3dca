package io.footfall.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.engine.PipelineMetrics;
import io.footfall.runtime.engine.PipelineState;
import io.footfall.runtime.engine.StageMetricsSnapshot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTableTest {

    private static PipelineMetrics at(long elapsedMillis, long produced, long parsed) {
        return new PipelineMetrics("p.footfall.json", PipelineState.RUNNING, 0, elapsedMillis, 3, "x", 0, List.of(
                new StageMetricsSnapshot("read", "t.o", StageKind.ORIGIN, 0, produced, 0, 3,
                        produced * 1000.0 / elapsedMillis, 1500, 9000, 9000, 12, Map.of(), Map.of()),
                new StageMetricsSnapshot("parse", "t.p", StageKind.PROCESSOR, parsed, parsed, 2, 3,
                        parsed * 1000.0 / elapsedMillis, 250, 700, 900, 3, Map.of(), Map.of())));
    }

    @Test
    void theSummaryShowsAveragesAndTheLiveViewTheRateSinceTheLastDraw() {
        List<String> summary = MetricsTable.lines(at(10_000, 100_000, 90_000));
        assertThat(summary.get(1)).matches("read +0 +100000 +0 +10000 +1\\.50 +9\\.00 +0\\.0");
        assertThat(summary.get(2)).matches("parse +90000 +90000 +2 +9000 +0\\.25 +0\\.70 +0\\.0");
        assertThat(summary.get(3)).isEqualTo("p.footfall.json: running after 10.0 s, 3 batches, 0 error record(s)");

        List<String> live = MetricsTable.lines(at(10_000, 100_000, 90_000), at(9_000, 50_000, 89_000));
        assertThat(live.get(1)).matches("read +0 +100000 +0 +50000 .*");
        assertThat(live.get(2)).matches("parse +90000 +90000 +2 +1000 .*");
    }
}
