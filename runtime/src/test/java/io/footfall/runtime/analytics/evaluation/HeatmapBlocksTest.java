package io.footfall.runtime.analytics.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeatmapBlocksTest {

    @Test
    void blocksSumSquaresOfCellsAndLeaveOutAPartialEdge() {
        // 3 rows × 5 cols, value = row * 10 + col
        double[] grid = new double[15];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 5; c++) {
                grid[r * 5 + c] = r * 10 + c;
            }
        }
        assertThat(ResultsEvaluation.blocks(grid, 3, 5, 2)).containsExactly(0 + 1 + 10 + 11, 2 + 3 + 12 + 13);
    }

    @Test
    void mapsThatDisagreeOnlyWithinABlockAgreeOnCoarserCells() {
        double[] estimated = {1, 0, 0, 0, /* */ 0, 0, 5, 0};
        double[] actual = {0, 1, 0, 0, /* */ 0, 0, 0, 5};
        assertThat(ResultsEvaluation.pearson(estimated, actual)).isLessThan(0);
        assertThat(ResultsEvaluation.pearson(ResultsEvaluation.blocks(estimated, 2, 4, 2),
                ResultsEvaluation.blocks(actual, 2, 4, 2))).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
}
