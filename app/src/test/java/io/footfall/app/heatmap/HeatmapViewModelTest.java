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
