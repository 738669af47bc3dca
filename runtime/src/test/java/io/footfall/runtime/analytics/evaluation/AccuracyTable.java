package io.footfall.runtime.analytics.evaluation;

import io.footfall.runtime.analytics.data.BogaziciDataset;
import io.footfall.runtime.analytics.data.BogaziciSite;
import io.footfall.runtime.analytics.positioning.Positioning;
import io.footfall.runtime.analytics.positioning.PositioningMethod;
import io.footfall.runtime.analytics.SharedData;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prints the BENCHMARKS.md accuracy table (median / p90 error per track and pooled, anchor vs each
 * method, default parameters) and each method's positions per second. Run with
 * {@code ./mvnw -B -q -o -pl runtime test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.footfall.runtime.analytics.evaluation.AccuracyTable}.
 */
public final class AccuracyTable {

    private AccuracyTable() {
    }

    public static void main(String[] args) {
        BogaziciDataset dataset = SharedData.bogazici();
        Map<String, Map<String, double[]>> methods = new LinkedHashMap<>();
        methods.put("anchor (README)", TrackAccuracy.anchor(dataset));
        for (PositioningMethod m : java.util.Arrays.stream(PositioningMethod.values()).filter(Positioning::standalone).toList()) {
            methods.put(m.id(), TrackAccuracy.run(dataset, m));
        }
        methods.put("grid-filter, bare room", TrackAccuracy.run(dataset, PositioningMethod.GRID_FILTER, BogaziciSite.room(dataset)));
        StringBuilder header = new StringBuilder("| track |");
        StringBuilder rule = new StringBuilder("| --- |");
        for (String name : methods.keySet()) {
            header.append(' ').append(name).append(" |");
            rule.append(" --- |");
        }
        System.out.println(header);
        System.out.println(rule);
        for (String track : methods.values().iterator().next().keySet()) {
            StringBuilder row = new StringBuilder("| ").append(track).append(" |");
            for (Map<String, double[]> perTrack : methods.values()) {
                row.append(cell(ErrorSummary.of(perTrack.get(track))));
            }
            System.out.println(row);
        }
        StringBuilder all = new StringBuilder("| **all 9 tracks** |");
        for (Map<String, double[]> perTrack : methods.values()) {
            all.append(cell(ErrorSummary.of(TrackAccuracy.pooled(perTrack))));
        }
        System.out.println(all);
    }

    private static String cell(ErrorSummary s) {
        return String.format(" %.2f / %.2f (%d) |", s.median(), s.p90(), s.count());
    }
}
