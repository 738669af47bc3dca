package io.footfall.runtime.analytics;

import static io.footfall.runtime.analytics.TestMall.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.Record;
import io.footfall.runtime.testing.StageRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionizerTest {
    @TempDir
    Path dir;
    StageRunner runner;

    @BeforeEach
    void setUp() {
        runner = StageRunner.of("footfall.analytics.sessionizer").floorplanFile(TestMall.write(dir))
                .config("enterAfterSeconds", 2).config("exitAfterSeconds", 10).config("timeoutSeconds", 60)
                .config("minDwellSeconds", 10).build().initOrFail();
    }

    /** One position per second from {@code fromS} to {@code toS} (inclusive) in the zone. */
    private static List<Record> stay(String device, String zone, int fromS, int toS) {
        List<Record> out = new ArrayList<>();
        for (int s = fromS; s <= toS; s++) {
            out.add(TestMall.position(T0 + s * 1000L, device, 5, 5, zone));
        }
        return out;
    }

    @Test
    void aVisitSpanningBatchesComesOutOnceWholeAtTheEnd() throws Exception {
        assertThat(runner.process(stay("d", "st-a", 0, 29)).records()).isEmpty();
        assertThat(runner.process(stay("d", "st-a", 30, 59)).records()).isEmpty();
        List<Record> visits = runner.flush().records();
        assertThat(visits).hasSize(1);
        Record v = visits.get(0);
        assertThat(v.getString("/zone")).isEqualTo("st-a");
        assertThat(v.get("/enter_ts").asLong()).isEqualTo(T0);
        assertThat(v.get("/exit_ts").asLong()).isEqualTo(T0 + 59_000);
        assertThat(v.get("/dwell_s").asDouble()).isEqualTo(59.0);
    }

    @Test
    void aShortExcursionIsPartOfTheVisitAndLeavingClosesIt() throws Exception {
        List<Record> in = new ArrayList<>(stay("d", "st-a", 0, 20));
        in.addAll(stay("d", "hall", 21, 24));
        in.addAll(stay("d", "st-a", 25, 40));
        in.addAll(stay("d", "st-b", 41, 70));
        List<Record> visits = new ArrayList<>(runner.process(in).records());
        assertThat(visits).extracting(r -> r.getString("/zone") + ":" + (r.get("/enter_ts").asLong() - T0) / 1000 + "-"
                + (r.get("/exit_ts").asLong() - T0) / 1000).containsExactly("st-a:0-40");
        visits.addAll(runner.flush().records());
        assertThat(visits).extracting(r -> r.getString("/zone")).containsExactly("st-a", "st-b");
        assertThat(visits.get(1).get("/enter_ts").asLong()).isEqualTo(T0 + 41_000);
    }

    @Test
    void walkThroughsAreNotVisitsAndCorridorsNeverAre() throws Exception {
        List<Record> in = new ArrayList<>(stay("d", "st-a", 0, 5));
        in.addAll(stay("d", "hall", 6, 200));
        assertThat(runner.process(in).records()).isEmpty();
        assertThat(runner.flush().records()).isEmpty();
    }

    @Test
    void aDeviceThatFallsSilentLeavesAtItsLastPositionWhenTheStreamMovesOn() throws Exception {
        List<Record> in = new ArrayList<>(stay("d", "st-a", 0, 30));
        in.addAll(stay("other", "hall", 31, 200));
        List<Record> visits = runner.process(in).records();
        assertThat(visits).hasSize(1);
        assertThat(visits.get(0).get("/exit_ts").asLong()).isEqualTo(T0 + 30_000);
    }

    /**
     * Defaults: a phone near a store front whose one probe burst is placed in the corridor is held there until the
     * next burst, up to a minute later; that is not a second visit. Three minutes out and back is.
     */
    @Test
    void byDefaultOneMisplacedProbeIntervalDoesNotSplitAVisitButALongerAbsenceDoes() throws Exception {
        StageRunner defaults = StageRunner.of("footfall.analytics.sessionizer").floorplanFile(TestMall.write(dir))
                .build().initOrFail();
        List<Record> in = new ArrayList<>(stay("d", "st-a", 0, 300));
        in.addAll(stay("d", "hall", 301, 361));
        in.addAll(stay("d", "st-a", 362, 600));
        in.addAll(stay("e", "st-a", 0, 300));
        in.addAll(stay("e", "hall", 301, 480));
        in.addAll(stay("e", "st-a", 481, 600));
        List<Record> visits = new ArrayList<>(defaults.process(in).records());
        visits.addAll(defaults.flush().records());
        assertThat(visits).extracting(r -> r.getString("/device") + ":" + (r.get("/enter_ts").asLong() - T0) / 1000 + "-"
                + (r.get("/exit_ts").asLong() - T0) / 1000).containsExactlyInAnyOrder("d:0-600", "e:0-300", "e:481-600");
    }
}
