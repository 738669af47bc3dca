package io.footfall.simulator;

/** One stay of one person in a store or food court: a row of visits.csv (CONTRACT section 3). */
public record Visit(String person, String zone, long enterMs, long exitMs) {
}
