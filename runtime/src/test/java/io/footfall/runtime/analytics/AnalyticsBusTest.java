package io.footfall.runtime.analytics;

import static io.footfall.runtime.analytics.TestMall.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.analytics.bus.AnalyticsBus;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.testing.StageRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyticsBusTest {
    @TempDir
    Path dir;

    @Test
    void liveListenersGetVisitsAndHeatmapFramesAndABrokenListenerBreaksNothing() throws Exception {
        List<AnalyticsBus.Event> seen = new CopyOnWriteArrayList<>();
        Path plan = TestMall.write(dir);
        try (AutoCloseable broken = AnalyticsBus.subscribe(e -> {
            throw new IllegalStateException("a view that fails");
        }); AutoCloseable sub = AnalyticsBus.subscribe(seen::add)) {
            StageRunner sessions = StageRunner.of("footfall.analytics.sessionizer").floorplanFile(plan).build().initOrFail();
            StageRunner heatmap = StageRunner.of("footfall.analytics.heatmap").floorplanFile(plan).config("kAnonymity", 1)
                    .build().initOrFail();
            List<Record> positions = new ArrayList<>();
            for (int s = 0; s <= 60; s++) {
                positions.add(TestMall.position(T0 + s * 1000L, "d", 5, 5, "st-a"));
            }
            sessions.process(positions);
            heatmap.process(positions);
            sessions.flush();
            heatmap.flush();
        }
        assertThat(seen).filteredOn(e -> e instanceof AnalyticsBus.VisitEnded).hasSize(1);
        assertThat(seen).filteredOn(e -> e instanceof AnalyticsBus.HeatmapFrame f && f.total())
                .singleElement().satisfies(e -> assertThat(((AnalyticsBus.HeatmapFrame) e).values()[2][2]).isEqualTo(61.0));
        int before = seen.size();
        AnalyticsBus.publish(new AnalyticsBus.FlowCounts("x", java.util.Map.of()));
        assertThat(seen).hasSize(before);
    }

    @Test
    void aFillingHeatmapBucketIsPublishedLiveWithItsPersonSecondsSoFarButNeverWritten() throws Exception {
        List<AnalyticsBus.Event> seen = new CopyOnWriteArrayList<>();
        Path plan = TestMall.write(dir);
        StageRunner heatmap = StageRunner.of("footfall.analytics.heatmap").floorplanFile(plan).config("kAnonymity", 1)
                .config("bucketSeconds", 300).build().initOrFail();
        List<Record> positions = new ArrayList<>();
        for (int s = 0; s <= 60; s++) {
            positions.add(TestMall.position(T0 + s * 1000L, "d", 5, 5, "st-a"));
        }
        StageRunner.Output out;
        try (AutoCloseable sub = AnalyticsBus.subscribe(seen::add)) {
            out = heatmap.process(positions);
        }
        assertThat(out.records()).as("nothing closed, nothing written").isEmpty();
        AnalyticsBus.HeatmapFrame filling = seen.stream().filter(e -> e instanceof AnalyticsBus.HeatmapPartial)
                .map(e -> ((AnalyticsBus.HeatmapPartial) e).frame()).findFirst().orElseThrow();
        long bucket = Math.floorDiv(T0, 300_000L) * 300_000L;
        assertThat(filling.from()).isEqualTo(bucket);
        assertThat(filling.to()).isEqualTo(bucket + 300_000L);
        assertThat(filling.total()).isFalse();
        assertThat(filling.values()[2][2]).as("60 s credited so far; the last position waits for its successor")
                .isEqualTo(60.0);
        assertThat(seen).noneMatch(e -> e instanceof AnalyticsBus.HeatmapFrame);
    }
}
