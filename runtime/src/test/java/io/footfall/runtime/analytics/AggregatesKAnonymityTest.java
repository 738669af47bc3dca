package io.footfall.runtime.analytics;

import static io.footfall.runtime.analytics.TestMall.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.analytics.visits.Visit;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.testing.StageRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Heatmap, flows, zone statistics and occupancy, each with the k-anonymity floor. */
class AggregatesKAnonymityTest {
    @TempDir
    Path dir;

    /** {@code devices} devices standing at (x, y) for 10 s each. */
    private static List<Record> crowd(int devices, double x, double y, String zone, String prefix) {
        List<Record> out = new ArrayList<>();
        for (int s = 0; s <= 10; s++) {
            for (int d = 0; d < devices; d++) {
                out.add(TestMall.position(T0 + s * 1000L, prefix + d, x, y, zone));
            }
        }
        return out;
    }

    @Test
    void heatmapCountsPersonSecondsPerCellAndBlanksCellsSeenByFewerThanKDevices() throws Exception {
        StageRunner runner = StageRunner.of("footfall.analytics.heatmap").floorplanFile(TestMall.write(dir))
                .config("cellSize", 10.0).config("bucketSeconds", 5).build().initOrFail();
        List<Record> in = new ArrayList<>(crowd(5, 5, 5, "st-a", "a"));
        in.addAll(crowd(4, 35, 25, "food", "f"));
        List<Record> frames = new ArrayList<>(runner.process(in).records());
        frames.addAll(runner.flush().records());
        Record total = frames.get(frames.size() - 1);
        assertThat(total.get("/total").asBoolean()).isTrue();
        assertThat(total.get("/cols").asLong()).isEqualTo(4);
        assertThat(total.get("/rows").asLong()).isEqualTo(3);
        List<io.footfall.runtime.api.Field> rows = total.get("/values").asList();
        // 5 devices × (10 s between first and last position + 1 s for the last one)
        assertThat(rows.get(0).asList().get(0).asDouble()).isEqualTo(55.0);
        assertThat(rows.get(2).asList().get(3).asDouble()).as("4 devices < k = 5").isZero();
        assertThat(frames.size()).as("time-bucket frames before the total").isGreaterThan(1);
    }

    @Test
    void heatmapCanMergeAZonesThinCellsWhenTheyReachKDevicesTogetherInsteadOfBlankingThem() throws Exception {
        StageRunner runner = StageRunner.of("footfall.analytics.heatmap").floorplanFile(TestMall.write(dir))
                .config("cellSize", 2.0).config("mergeThinCells", true).build().initOrFail();
        // Food court: 3 + 3 devices in two cells (each under k = 5, six together); store B: 2 + 2 (four, under k).
        List<Record> in = new ArrayList<>(crowd(3, 5, 25, "food", "f"));
        in.addAll(crowd(3, 33, 21, "food", "g"));
        in.addAll(crowd(2, 25, 5, "st-b", "b"));
        in.addAll(crowd(2, 35, 5, "st-b", "c"));
        in.addAll(crowd(6, 11, 3, "st-a", "a"));
        runner.process(in);
        List<Record> frames = runner.flush().records();
        List<io.footfall.runtime.api.Field> rows = frames.get(frames.size() - 1).get("/values").asList();
        double food1 = cellValue(rows, 5, 25);
        double food2 = cellValue(rows, 33, 21);
        assertThat(food1).as("six devices in the food court's thin cells: 6 × 11 s over 2 cells").isEqualTo(33.0);
        assertThat(food2).isEqualTo(33.0);
        assertThat(cellValue(rows, 25, 5)).as("four devices in store B's thin cells: still under k").isZero();
        assertThat(cellValue(rows, 35, 5)).isZero();
        assertThat(cellValue(rows, 11, 3)).as("a cell with k devices keeps its own value").isEqualTo(66.0);
        assertThat(cellValue(rows, 13, 3)).as("not spread onto cells nobody was in").isZero();
    }

    @Test
    void heatmapBlanksThinCellsByDefault() throws Exception {
        StageRunner runner = StageRunner.of("footfall.analytics.heatmap").floorplanFile(TestMall.write(dir))
                .config("cellSize", 2.0).build().initOrFail();
        List<Record> in = new ArrayList<>(crowd(3, 5, 25, "food", "f"));
        in.addAll(crowd(3, 33, 21, "food", "g"));
        runner.process(in);
        List<Record> frames = runner.flush().records();
        List<io.footfall.runtime.api.Field> rows = frames.get(frames.size() - 1).get("/values").asList();
        assertThat(cellValue(rows, 5, 25)).isZero();
        assertThat(cellValue(rows, 33, 21)).isZero();
    }

    private static double cellValue(List<io.footfall.runtime.api.Field> rows, double x, double y) {
        return rows.get((int) (y / 2)).asList().get((int) (x / 2)).asDouble();
    }

    @Test
    void flowsNeedKDistinctDevices() throws Exception {
        StageRunner runner = StageRunner.of("footfall.analytics.flows").build().initOrFail();
        List<Record> visits = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            visits.add(new Visit("d" + d, "st-a", T0, T0 + 60_000).toRecord("t"));
            visits.add(new Visit("d" + d, "st-b", T0 + 90_000, T0 + 200_000).toRecord("t"));
        }
        for (int d = 0; d < 4; d++) {
            visits.add(new Visit("e" + d, "st-b", T0, T0 + 60_000).toRecord("t"));
            visits.add(new Visit("e" + d, "food", T0 + 70_000, T0 + 90_000).toRecord("t"));
        }
        assertThat(runner.process(visits).records()).isEmpty();
        List<Record> flows = runner.flush().records();
        assertThat(flows).extracting(r -> r.getString("/from_zone") + ">" + r.getString("/to_zone") + "=" + r.get("/count").asLong())
                .containsExactly("st-a>st-b=5");
    }

    @Test
    void zoneStatsHasARowPerStoreAndFoodCourtWithDwellPercentilesAndSuppressesSmallOnes() throws Exception {
        Path out = dir.resolve("out/zone_stats.csv");
        StageRunner runner = StageRunner.of("footfall.analytics.zoneStatsFile").floorplanFile(TestMall.write(dir))
                .config("path", out.toString()).build().initOrFail();
        List<Record> visits = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            visits.add(new Visit("d" + d, "st-a", T0, T0 + (d + 1) * 10_000L).toRecord("t"));
        }
        visits.add(new Visit("d0", "st-a", T0 + 500_000, T0 + 600_000).toRecord("t"));
        for (int d = 0; d < 3; d++) {
            visits.add(new Visit("x" + d, "st-b", T0, T0 + 60_000).toRecord("t"));
        }
        runner.write(visits);
        runner.destroy();
        assertThat(Files.readAllLines(out)).containsExactly(
                "zone,visits,unique_devices,median_dwell_s,p90_dwell_s,suppressed,carrier_visits",
                "st-a,11,10,60,100,false,11",
                "st-b,,,,,true,",
                "food,0,0,,,false,0");
    }

    @Test
    void occupancyCountsDistinctDevicesPerZoneAndIntervalAboveK() throws Exception {
        StageRunner runner = StageRunner.of("footfall.analytics.occupancy").config("intervalSeconds", 60).build().initOrFail();
        List<Record> in = new ArrayList<>(crowd(6, 5, 5, "st-a", "a"));
        in.addAll(crowd(2, 35, 25, "food", "f"));
        runner.process(in);
        List<Record> out = runner.flush().records();
        assertThat(out).extracting(r -> r.getString("/zone") + "=" + r.get("/devices").asLong()).containsExactly("st-a=6");
    }
}
