package io.footfall.simulator;

/** What a run produced, for the one-line summary and the benchmark. */
public record SimulationSummary(int shoppers, int staff, int phones, long sightings, long truthRows, long visits,
                                long simulatedMs, long wallMs) {

    public String oneLine() {
        double ratio = wallMs == 0 ? Double.POSITIVE_INFINITY : (double) simulatedMs / wallMs;
        return String.format("%d shoppers, %d staff, %d devices, %d sightings, %d truth rows, %d visits; simulated %s in %.1f s wall time (%.0f× real time)",
                shoppers, staff, phones, sightings, truthRows, visits, Durations.format(simulatedMs), wallMs / 1000.0, ratio);
    }
}
