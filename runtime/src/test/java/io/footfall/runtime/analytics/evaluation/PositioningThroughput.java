package io.footfall.runtime.analytics.evaluation;

import io.footfall.runtime.analytics.SharedData;
import io.footfall.runtime.analytics.data.BogaziciConverter;
import io.footfall.runtime.analytics.data.BogaziciDataset;
import io.footfall.runtime.analytics.data.BogaziciSite;
import io.footfall.runtime.analytics.data.BogaziciTrack;
import io.footfall.runtime.analytics.positioning.PositionStream;
import io.footfall.runtime.analytics.positioning.Positioning;
import io.footfall.runtime.analytics.positioning.PositioningMethod;
import io.footfall.runtime.analytics.positioning.SensorLayout;
import io.footfall.runtime.sighting.Sighting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Positions per second of each method on one thread, replaying the 9 real tracks (16,016 sightings,
 * 1,383 estimates at 2 Hz): 3 warm-up rounds, then the median of 7 timed rounds. Rates are per second
 * of this thread's CPU time (other processes on a loaded machine do not count against it); the wall
 * clock rate is printed beside it. Run with
 * {@code ./mvnw -B -q -o -pl runtime test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.footfall.runtime.analytics.evaluation.PositioningThroughput}.
 */
public final class PositioningThroughput {
    private static final int WARM_UP = 3;
    private static final int ROUNDS = 7;

    private PositioningThroughput() {
    }

    public static void main(String[] args) {
        BogaziciDataset dataset = SharedData.bogazici();
        SensorLayout layout = BogaziciSite.layout(dataset);
        Positioning positioning = new Positioning(layout, BogaziciSite.aisles(dataset));
        List<List<Sighting>> tracks = new ArrayList<>();
        for (BogaziciTrack t : dataset.tracks()) {
            tracks.add(BogaziciConverter.sightings(dataset, t));
        }
        int sightings = tracks.stream().mapToInt(List::size).sum();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        System.out.println("| method | positions/s, CPU (median of " + ROUNDS + ") | sightings/s, CPU | µs CPU per position | positions/s, wall |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (PositioningMethod method : java.util.Arrays.stream(PositioningMethod.values()).filter(Positioning::standalone).toList()) {
            double[] seconds = new double[ROUNDS];
            double[] wall = new double[ROUNDS];
            int positions = 0;
            for (int round = -WARM_UP; round < ROUNDS; round++) {
                long start = threads.getCurrentThreadCpuTime();
                long wallStart = System.nanoTime();
                positions = 0;
                for (List<Sighting> track : tracks) {
                    positions += PositionStream.run(layout, () -> positioning.newPositioner(method),
                            TrackAccuracy.CADENCE_MILLIS, 10_000, track).size();
                }
                if (round >= 0) {
                    seconds[round] = (threads.getCurrentThreadCpuTime() - start) / 1e9;
                    wall[round] = (System.nanoTime() - wallStart) / 1e9;
                }
            }
            Arrays.sort(seconds);
            Arrays.sort(wall);
            double median = seconds[ROUNDS / 2];
            System.out.printf("| %s | %,.0f | %,.0f | %.1f | %,.0f |%n", method.id(), positions / median, sightings / median,
                    1e6 * median / positions, positions / wall[ROUNDS / 2]);
        }
    }
}
