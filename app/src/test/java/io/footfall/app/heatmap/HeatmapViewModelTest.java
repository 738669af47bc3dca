package io.footfall.app.heatmap;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.app.run.HeatGrid;
import org.junit.jupiter.api.Test;

class HeatmapViewModelTest {
    private static HeatGrid bucket(int i) {
        double[][] v = new double[3][4];
        v[1][2] = i + 1;
        v[2][3] = 2;
        return new HeatGrid(2, 4, 3, i * 60_000L, (i + 1) * 60_000L, v);
    }

    @Test
    void followsNewBucketsUntilTheUserSeeksBack() {
        HeatmapViewModel vm = new HeatmapViewModel();
        vm.add(bucket(0));
        vm.add(bucket(1));
        assertThat(vm.shownProperty().get().from()).isEqualTo(60_000L);
        vm.seek(0);
        vm.add(bucket(2));
        assertThat(vm.shownProperty().get().from()).as("stays where the user looked").isZero();
        vm.seek(2);
        vm.add(bucket(3));
        assertThat(vm.shownProperty().get().from()).isEqualTo(180_000L);
    }

    @Test
    void aFillingBucketIsReplacedByItsLaterStateAndThenByTheClosedBucket() {
        HeatmapViewModel vm = new HeatmapViewModel();
        vm.add(bucket(0));
        HeatGrid filling = bucket(1);
        vm.add(new HeatGrid(2, 4, 3, filling.from(), filling.to(), filling.values(), true));
        double[][] more = new double[3][4];
        more[0][0] = 7;
        vm.add(new HeatGrid(2, 4, 3, filling.from(), filling.to(), more, true));
        assertThat(vm.bucketCountProperty().get()).isEqualTo(2);
        assertThat(vm.shownProperty().get().filling()).isTrue();
        assertThat(vm.shownProperty().get().values()[0][0]).isEqualTo(7);
        vm.add(bucket(1));
        assertThat(vm.bucketCountProperty().get()).isEqualTo(2);
        assertThat(vm.shownProperty().get().filling()).isFalse();
        assertThat(vm.buckets()).extracting(HeatGrid::from).containsExactly(0L, 60_000L);
    }

    @Test
    void aBucketThatClosesAfterANewerOneStartedFillingKeepsTimeOrderAndTheUsersPlace() {
        HeatmapViewModel vm = new HeatmapViewModel();
        vm.add(bucket(0));
        vm.add(bucket(2));
        vm.seek(0);
        vm.add(bucket(1));
        assertThat(vm.buckets()).extracting(HeatGrid::from).containsExactly(0L, 60_000L, 120_000L);
        assertThat(vm.shownProperty().get().from()).as("still the bucket the user chose").isZero();
        vm.seek(2);
        vm.add(bucket(3));
        vm.seek(1);
        vm.add(new HeatGrid(2, 4, 3, 30_000L, 60_000L, new double[3][4], false));
        assertThat(vm.shownProperty().get().from()).isEqualTo(60_000L);
    }

    @Test
    void replayStepsThroughEveryBucketAndStopsAtTheNewest() {
        HeatmapViewModel vm = new HeatmapViewModel();
        for (int i = 0; i < 3; i++) {
            vm.add(bucket(i));
        }
        vm.play();
        assertThat(vm.indexProperty().get()).isZero();
        vm.step();
        vm.step();
        assertThat(vm.indexProperty().get()).isEqualTo(2);
        assertThat(vm.playingProperty().get()).isTrue();
        vm.step();
        assertThat(vm.playingProperty().get()).isFalse();
    }

    @Test
    void aCoarserCellSizeSumsCellsSoNoPersonSecondIsLost() {
        HeatmapViewModel vm = new HeatmapViewModel();
        vm.add(bucket(4));
        vm.cellFactorProperty().set(2);
        HeatGrid g = vm.shownProperty().get();
        assertThat(g.cols()).isEqualTo(2);
        assertThat(g.rows()).isEqualTo(2);
        assertThat(g.cellSize()).isEqualTo(4);
        assertThat(g.values()[0][1]).isEqualTo(5);
        assertThat(g.values()[1][1]).isEqualTo(2);
        assertThat(g.nonZeroCells()).isEqualTo(2);
    }
}
