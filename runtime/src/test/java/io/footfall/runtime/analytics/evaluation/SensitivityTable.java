package io.footfall.runtime.analytics.evaluation;

import io.footfall.runtime.analytics.SharedData;
import io.footfall.runtime.analytics.data.BogaziciDataset;
import io.footfall.runtime.analytics.data.BogaziciSite;
import io.footfall.runtime.analytics.positioning.GridFilterConfig;
import io.footfall.runtime.analytics.positioning.PathLossModel;
import io.footfall.runtime.analytics.positioning.Positioning;
import io.footfall.runtime.analytics.positioning.PositioningMethod;

/**
 * How the grid filter's pooled error on the 9 real tracks moves when one default is changed at a time:
 * evidence that the defaults sit on a plateau rather than a spike fitted to this room. Run with
 * {@code ./mvnw -B -q -o -pl runtime test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.footfall.runtime.analytics.evaluation.SensitivityTable}.
 */
public final class SensitivityTable {

    private SensitivityTable() {
    }

    public static void main(String[] args) {
        BogaziciDataset d = SharedData.bogazici();
        PathLossModel m = PathLossModel.DEFAULT;
        GridFilterConfig g = GridFilterConfig.DEFAULT;
        System.out.println("| change from the defaults | median / p90 (m) |");
        System.out.println("| --- | --- |");
        row(d, "none (defaults)", m, g);
        for (double ref : new double[] {-56, -58, -62, -64}) {
            row(d, "refRssi " + ref, m.withRefRssi(ref), g);
        }
        for (double n : new double[] {1.6, 1.8, 2.2, 2.5}) {
            row(d, "exponent " + n, m.withExponent(n), g);
        }
        for (double sigma : new double[] {6, 10}) {
            row(d, "sigmaDb " + sigma, m, new GridFilterConfig(g.cellSize(), g.stepMillis(), g.lagMillis(), g.walkSpeed(),
                    sigma, g.outlierWeight(), g.resetAfterMillis(), g.offWalkablePerSecond()));
        }
        for (double speed : new double[] {1.5, 3.5}) {
            row(d, "walkSpeed " + speed, m, new GridFilterConfig(g.cellSize(), g.stepMillis(), g.lagMillis(), speed,
                    g.sigmaDb(), g.outlierWeight(), g.resetAfterMillis(), g.offWalkablePerSecond()));
        }
        for (long lag : new long[] {0, 500}) {
            row(d, "lagMillis " + lag, m, g.withLagMillis(lag));
        }
        for (double off : new double[] {0.0, 0.1, 0.8, 1.0}) {
            row(d, "offWalkablePerSecond " + off, m, new GridFilterConfig(g.cellSize(), g.stepMillis(), g.lagMillis(),
                    g.walkSpeed(), g.sigmaDb(), g.outlierWeight(), g.resetAfterMillis(), off));
        }
        row(d, "cellSize 0.25", m, new GridFilterConfig(0.25, g.stepMillis(), g.lagMillis(), g.walkSpeed(),
                g.sigmaDb(), g.outlierWeight(), g.resetAfterMillis(), g.offWalkablePerSecond()));
        row(d, "deviceHeight 1.8 (the beacon's true height)", new PathLossModel(m.refRssi(), m.exponent(), 1.8, m.minDistance()), g);
    }

    private static void row(BogaziciDataset d, String change, PathLossModel model, GridFilterConfig config) {
        Positioning p = new Positioning(BogaziciSite.layout(d), BogaziciSite.aisles(d), model, config);
        ErrorSummary s = ErrorSummary.of(TrackAccuracy.pooled(
                TrackAccuracy.run(d, () -> p.newPositioner(PositioningMethod.GRID_FILTER))));
        System.out.printf("| %s | %.2f / %.2f |%n", change, s.median(), s.p90());
    }
}
