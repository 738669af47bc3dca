package io.footfall.runtime.analytics.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.footfall.runtime.analytics.output.OutputFiles;
import io.footfall.runtime.engine.PipelineMetrics;
import io.footfall.runtime.engine.StageMetricsSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an analyze run did: sightings read, positions, visits, rejected records by reason, time and rate.
 * Written to analysis.json beside the results; it also carries the run's random anonymizer salt (and its
 * rotation) so that {@code footfall evaluate} can map the simulator's device addresses to this run's
 * pseudonyms — a salt made for one run of simulated data, never a site's secret.
 */
record AnalysisSummary(long sightings, long accepted, long positions, long visits, Map<String, Long> rejected,
                       Map<String, Double> linker, long carrierPairs, double seconds, String salt) {

    static AnalysisSummary of(PipelineMetrics m, double seconds, String salt) {
        Map<String, Long> rejected = new TreeMap<>();
        for (StageMetricsSnapshot s : m.stages()) {
            if (s.recordsError() > 0) {
                rejected.merge(s.name(), s.recordsError(), Long::sum);
            }
            if (s.name().equals("check") || s.name().equals("sightings")) {
                s.counters().forEach((k, v) -> {
                    if (k.equals(k.toUpperCase(java.util.Locale.ROOT)) || k.equals("badLines")) {
                        rejected.merge(s.name() + "." + k, v, Long::sum);
                    }
                });
            }
        }
        Map<String, Double> linker = new TreeMap<>(m.stage("link").map(StageMetricsSnapshot::gauges).orElse(Map.of()));
        return new AnalysisSummary(out(m, "sightings"), out(m, "check"), out(m, "positioning"), out(m, "sessionizer"),
                rejected, linker, carrierPairs(m), seconds, salt);
    }

    /** Device pairs the zone statistics counted as one carrier's two devices (-1: no such stage). */
    private static long carrierPairs(PipelineMetrics m) {
        Double n = m.stage("zoneStats").map(s -> s.gauges().get("carrierPairs")).orElse(null);
        return n == null ? -1 : Math.round(n);
    }

    private static long out(PipelineMetrics m, String stage) {
        return m.stage(stage).map(StageMetricsSnapshot::recordsOut).orElse(0L);
    }

    double sightingsPerSecond() {
        return seconds > 0 ? sightings / seconds : 0;
    }

    void write(Path file, Path sightingsFile, Path floorplan) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sightingsFile", sightingsFile.toAbsolutePath().toString());
        json.put("floorplan", floorplan.toAbsolutePath().toString());
        json.put("sightings", sightings);
        json.put("acceptedSightings", accepted);
        json.put("positions", positions);
        json.put("visits", visits);
        json.put("rejected", rejected);
        json.put("addressLinker", linker);
        if (carrierPairs >= 0) {
            json.put("carrierPairs", carrierPairs);
        }
        json.put("seconds", Math.round(seconds * 1000) / 1000.0);
        json.put("sightingsPerSecond", Math.round(sightingsPerSecond()));
        json.put("anonymizer", Map.of("salt", salt, "rotation", "DAILY"));
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        OutputFiles.writeAtomically(file, mapper.writeValueAsString(json) + "\n");
    }

    void print(PrintWriter out, Path dir) {
        out.printf("analyzed %,d sightings in %.1f s (%,.0f sightings/s): %,d accepted, %,d positions, %,d visits%n",
                sightings, seconds, sightingsPerSecond(), accepted, positions, visits);
        if (!rejected.isEmpty()) {
            out.println("rejected (see errors.jsonl): " + rejected);
        }
        out.println("results in " + dir.toAbsolutePath() + ": positions.jsonl, zone_stats.csv, heatmap.json, flows.csv");
        out.flush();
    }
}
