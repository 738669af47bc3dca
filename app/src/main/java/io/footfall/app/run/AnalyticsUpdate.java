package io.footfall.app.run;

import java.util.List;
import java.util.Map;

/**
 * What the analytics stages have computed so far, pushed to the charts and the heatmap while a run goes on.
 * Any part may be empty when the pipeline does not compute it.
 *
 * @param visitorsAt     (simulated epoch ms, visitors in the mall) points, oldest first
 * @param occupancy      zone name → people in it now
 * @param dwellSeconds   completed visits' dwell times
 * @param flows          (from zone, to zone) → count
 * @param heat           the newest heatmap bucket, or null
 */
public record AnalyticsUpdate(List<long[]> visitorsAt, Map<String, Integer> occupancy, List<Double> dwellSeconds,
                              Map<Flow, Long> flows, HeatGrid heat) {

    public record Flow(String from, String to) {
    }
}
