package io.footfall.runtime.cli;

import io.footfall.runtime.engine.PipelineMetrics;
import io.footfall.runtime.engine.StageMetricsSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Per-stage figures as an aligned text table, for the live display and the summary of {@code footfall run}. */
final class MetricsTable {

    private MetricsTable() {
    }

    static List<String> lines(PipelineMetrics m) {
        List<String> lines = new ArrayList<>();
        int width = "stage".length();
        for (StageMetricsSnapshot s : m.stages()) {
            width = Math.max(width, s.name().length());
        }
        String format = "%-" + width + "s %12s %12s %9s %12s %10s %10s";
        lines.add(String.format(Locale.ROOT, format, "stage", "in", "out", "errors", "records/s", "p50 ms", "p99 ms"));
        for (StageMetricsSnapshot s : m.stages()) {
            lines.add(String.format(Locale.ROOT, format, s.name(), s.recordsIn(), s.recordsOut(), s.recordsError(),
                    String.format(Locale.ROOT, "%.0f", s.recordsPerSecond()), millis(s.latencyP50Micros()),
                    millis(s.latencyP99Micros())));
        }
        lines.add(String.format(Locale.ROOT, "%s: %s after %.1f s, %d batches, %d error record(s)", m.pipeline(),
                m.state().name().toLowerCase(Locale.ROOT), m.elapsedMillis() / 1000.0, m.batches(), m.errorRecords()));
        return lines;
    }

    private static String millis(long micros) {
        return String.format(Locale.ROOT, "%.2f", micros / 1000.0);
    }
}
