package io.footfall.app.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.app.run.AnalyticsUpdate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartsViewModelTest {

    @Test
    void updatesFillEveryChartAndExportAsCsv() {
        ChartsViewModel vm = new ChartsViewModel();
        vm.update(new AnalyticsUpdate(List.of(new long[] {0, 3}, new long[] {60_000, 7}),
                Map.of("Food, Court", 4, "Books", 1), List.of(30.0, 299.0, 301.0, 7200.0),
                Map.of(new AnalyticsUpdate.Flow("a", "b"), 5L, new AnalyticsUpdate.Flow("b", "c"), 9L), null));
        assertThat(vm.pointCount(ChartKind.VISITORS)).isEqualTo(2);
        assertThat(vm.dwellBins()[0]).as("30 s and 299 s").isEqualTo(2);
        assertThat(vm.dwellBins()[1]).isEqualTo(1);
        assertThat(vm.dwellBins()[ChartsViewModel.DWELL_BINS - 1]).as("two hours lands in the open bin").isEqualTo(1);
        assertThat(vm.topFlows()).extracting(e -> e.getValue()).containsExactly(9L, 5L);
        assertThat(vm.csv(ChartKind.VISITORS)).isEqualTo("time,visitors\n1970-01-01T00:00:00Z,3\n1970-01-01T00:01:00Z,7\n");
        assertThat(vm.csv(ChartKind.OCCUPANCY)).isEqualTo("zone,people\nBooks,1\n\"Food, Court\",4\n");
        assertThat(vm.csv(ChartKind.FLOWS)).isEqualTo("from_zone,to_zone,count\nb,c,9\na,b,5\n");
        assertThat(vm.csv(ChartKind.DWELL)).startsWith("dwell_minutes_from,dwell_minutes_to,visits\n0,5,2\n5,10,1\n");
    }

    @Test
    void anUpdateWithoutAPartKeepsThatChartAndEachUpdateTicksTheRevision() {
        ChartsViewModel vm = new ChartsViewModel();
        vm.update(new AnalyticsUpdate(List.of(new long[] {0, 3}), Map.of(), List.of(), Map.of(), null));
        long r = vm.revisionProperty().get();
        vm.update(new AnalyticsUpdate(List.of(), Map.of("x", 1), List.of(), Map.of(), null));
        assertThat(vm.revisionProperty().get()).isEqualTo(r + 1);
        assertThat(vm.pointCount(ChartKind.VISITORS)).isEqualTo(1);
        assertThat(vm.pointCount(ChartKind.OCCUPANCY)).isEqualTo(1);
        vm.clear();
        assertThat(vm.pointCount(ChartKind.VISITORS)).isZero();
    }

    @Test
    void theOccupancyChartShowsTheBusiestZonesFirstWhileItsCsvKeepsEveryZone() {
        ChartsViewModel vm = new ChartsViewModel();
        Map<String, Integer> zones = new java.util.HashMap<>();
        for (int i = 0; i < ChartsViewModel.BUSIEST_ZONES + 5; i++) {
            zones.put(String.format("zone-%02d", i), i % 7);
        }
        vm.update(new AnalyticsUpdate(List.of(), zones, List.of(), Map.of(), null));
        List<Map.Entry<String, Integer>> busiest = vm.busiestZones();
        assertThat(busiest).hasSize(ChartsViewModel.BUSIEST_ZONES);
        assertThat(busiest).extracting(Map.Entry::getValue).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(busiest.get(0)).as("two zones hold 6 people; the first by name comes first")
                .isEqualTo(Map.entry("zone-06", 6));
        assertThat(busiest.get(1)).isEqualTo(Map.entry("zone-13", 6));
        assertThat(vm.csv(ChartKind.OCCUPANCY).lines().count()).isEqualTo(1 + ChartsViewModel.BUSIEST_ZONES + 5);
    }

    @Test
    void chartLabelsShortenLongNamesAndKeepShortOnes() {
        assertThat(ChartsViewModel.shortName("Food Court", 10)).isEqualTo("Food Court");
        assertThat(ChartsViewModel.shortName("Northgate Bakery", 10)).isEqualTo("Northgate…").hasSize(10);
        assertThat(ChartsViewModel.shortName("Ivory Home Centre", 7)).as("no space before the ellipsis").isEqualTo("Ivory…");
        assertThat(ChartsViewModel.flowLabel(new AnalyticsUpdate.Flow("Juniper Pizza Oven", "Hall East")))
                .isEqualTo("Juniper P… → Hall East");
    }
}
