package io.footfall.runtime.cli;

import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.engine.PipelineMetrics;
import io.footfall.runtime.engine.StageMetricsSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Per-stage figures as an aligned text table, for the live display and the summary of {@code footfall run}. */
final class MetricsTable {

    private MetricsTable() {
    }

    /** The summary: rates are averages since the start. */
    static List<String> lines(PipelineMetrics m) {
        return lines(m, null);
    }

    /** With an earlier snapshot, rates are over the time since it (what a live display should show). */
    static List<String> lines(PipelineMetrics m, PipelineMetrics previous) {
        List<String> lines = new ArrayList<>();
        int width = "stage".length();
        for (StageMetricsSnapshot s : m.stages()) {
            width = Math.max(width, s.name().length());
        }
        String format = "%-" + width + "s %12s %12s %9s %12s %10s %10s %8s";
        lines.add(String.format(Locale.ROOT, format, "stage", "in", "out", "errors", "records/s", "p50 ms", "p99 ms", "busy s"));
        for (StageMetricsSnapshot s : m.stages()) {
            lines.add(String.format(Locale.ROOT, format, s.name(), s.recordsIn(), s.recordsOut(), s.recordsError(),
                    String.format(Locale.ROOT, "%.0f", rate(s, m, previous)), millis(s.latencyP50Micros()),
                    millis(s.latencyP99Micros()), String.format(Locale.ROOT, "%.1f", s.busyMillis() / 1000.0)));
        }
        lines.add(String.format(Locale.ROOT, "%s: %s after %.1f s, %d batches, %d error record(s)", m.pipeline(),
                m.state().name().toLowerCase(Locale.ROOT), m.elapsedMillis() / 1000.0, m.batches(), m.errorRecords()));
        return lines;
    }

    private static double rate(StageMetricsSnapshot s, PipelineMetrics now, PipelineMetrics previous) {
        if (previous == null || now.elapsedMillis() <= previous.elapsedMillis()) {
            return s.recordsPerSecond();
        }
        StageMetricsSnapshot before = previous.stage(s.name()).orElse(null);
        if (before == null) {
            return s.recordsPerSecond();
        }
        long counted = s.kind() == StageKind.ORIGIN ? s.recordsOut() - before.recordsOut() : s.recordsIn() - before.recordsIn();
        return counted * 1000.0 / (now.elapsedMillis() - previous.elapsedMillis());
    }

    private static String millis(long micros) {
        return String.format(Locale.ROOT, "%.2f", micros / 1000.0);
    }
}
