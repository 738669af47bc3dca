package io.footfall.runtime.analytics.data;

import java.util.List;

/**
 * One walked path, readings in time order, with the count of readings the README's caveats removed.
 * The name is the file name without {@code _all_sensors.mbd}, e.g. {@code straight_05}.
 */
public record BogaziciTrack(String name, List<BogaziciReading> readings, int droppedImpossibleRssi) {

    public BogaziciTrack {
        readings = List.copyOf(readings);
    }

    public long startTs() {
        return readings.get(0).ts();
    }

    public long endTs() {
        return readings.get(readings.size() - 1).ts();
    }
}
