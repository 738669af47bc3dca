package io.footfall.runtime.analytics.positioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PathLossCalibrationTest {
    private final SensorLayout layout = Synthetic.layout();

    @Test
    void recoversTheModelThatMadeTheReadings() {
        PathLossModel truth = new PathLossModel(-55, 2.7, 1.2, 0.5);
        Random random = new Random(11);
        List<PathLossCalibration.Sample> samples = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            double x = random.nextDouble() * 20;
            double y = random.nextDouble() * 15;
            int s = random.nextInt(layout.size());
            double d = truth.distance(x, y, layout.x(s), layout.y(s), layout.height(s));
            samples.add(new PathLossCalibration.Sample(s, x, y, (int) Math.round(truth.expectedRssi(d) + 4 * random.nextGaussian())));
        }
        PathLossModel fitted = PathLossCalibration.fit(layout, PathLossModel.DEFAULT, samples);
        assertThat(fitted.refRssi()).isCloseTo(-55, offset(0.7));
        assertThat(fitted.exponent()).isCloseTo(2.7, offset(0.1));
    }

    @Test
    void refusesReadingsThatAllShareOneDistance() {
        List<PathLossCalibration.Sample> same = List.of(new PathLossCalibration.Sample(0, 2, 2, -60),
                new PathLossCalibration.Sample(0, 2, 2, -61));
        assertThatThrownBy(() -> PathLossCalibration.fit(layout, PathLossModel.DEFAULT, same))
                .hasMessageContaining("spread of distances");
    }
}
