package io.footfall.app.run;

/** One stage's counters during a run, as the Metrics tab and the canvas badges show them. */
public record StageStats(String stage, long in, long out, long errors, double recordsPerSecond, double meanLatencyMillis) {
}
