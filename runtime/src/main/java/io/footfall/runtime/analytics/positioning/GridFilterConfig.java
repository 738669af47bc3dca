package io.footfall.runtime.analytics.positioning;

/**
 * Settings of the {@link GridFilterPositioner}.
 *
 * @param cellSize       grid cell edge, meters
 * @param stepMillis     the filter's time step: readings within one step form one update
 * @param lagMillis      fixed lag: an estimate for t uses readings up to t + lag (0 = purely causal)
 * @param walkSpeed      spread of the random-walk motion model, meters per second of one step's
 *                       displacement; above a stroll because it must also absorb slow RSSI drifts
 * @param sigmaDb        standard deviation of one reading around the path-loss model, dB
 * @param outlierWeight  constant added to each reading's Gaussian likelihood so that one reading in a
 *                       deep fade (or a reflection) cannot veto the true cell
 * @param resetAfterMillis a device silent this long starts again from "anywhere" (a new visit)
 * @param offWalkablePerSecond how much of the probability on a non-walkable cell (a fixture, a table)
 *                       survives each second. Not 0: plans are coarser than people, who lean over
 *                       counters and brush table edges, and a device is held away from the body
 */
public record GridFilterConfig(double cellSize, long stepMillis, long lagMillis, double walkSpeed,
                               double sigmaDb, double outlierWeight, long resetAfterMillis,
                               double offWalkablePerSecond) {

    /**
     * One fixed set for every site: 8 dB is indoor shadowing plus the body of the person carrying the
     * device (5-6 dB each); a 1 s lag keeps the stream live while letting the next second's readings
     * settle where the device was; 0.5 m cells are far finer than any RSSI fix (0.25 m scores the same
     * on the real tracks at a quarter of the speed).
     */
    public static final GridFilterConfig DEFAULT = new GridFilterConfig(0.5, 250, 1000, 2.5, 8.0, 0.1, 10_000, 0.4);

    public GridFilterConfig {
        if (!(cellSize > 0) || stepMillis <= 0 || lagMillis < 0 || !(walkSpeed > 0) || !(sigmaDb > 0)
                || !(outlierWeight >= 0) || resetAfterMillis <= stepMillis
                || !(offWalkablePerSecond >= 0 && offWalkablePerSecond <= 1)) {
            throw new IllegalArgumentException("grid filter settings out of range: " + this);
        }
        if (lagMillis % stepMillis != 0) {
            throw new IllegalArgumentException("lagMillis must be a whole number of steps, got " + lagMillis
                    + " with steps of " + stepMillis);
        }
    }

    public GridFilterConfig withLagMillis(long lag) {
        return new GridFilterConfig(cellSize, stepMillis, lag, walkSpeed, sigmaDb, outlierWeight, resetAfterMillis,
                offWalkablePerSecond);
    }
}
