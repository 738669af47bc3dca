package io.footfall.runtime.analytics.positioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A 20 m × 15 m room with a 3 × 3 grid of ceiling sensors, and readings drawn from the path-loss model. */
final class Synthetic {
    static final WalkableArea ROOM = WalkableArea.rectangle(0, 0, 20, 15);

    private Synthetic() {
    }

    static SensorLayout layout() {
        List<SensorPosition> sensors = new ArrayList<>();
        int n = 0;
        for (double y : new double[] {2, 7.5, 13}) {
            for (double x : new double[] {2, 10, 18}) {
                sensors.add(new SensorPosition("s" + n++, x, y, 2.5));
            }
        }
        return new SensorLayout(sensors);
    }

    /** RSSI the default model gives at (x, y) for sensor s, plus Gaussian noise of {@code sigma} dB. */
    static int rssi(SensorLayout layout, int s, double x, double y, double sigma, Random random) {
        PathLossModel m = PathLossModel.DEFAULT;
        double d = m.distance(x, y, layout.x(s), layout.y(s), layout.height(s));
        return (int) Math.round(m.expectedRssi(d) + sigma * random.nextGaussian());
    }
}
