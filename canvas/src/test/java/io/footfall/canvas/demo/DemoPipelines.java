package io.footfall.canvas.demo;

import io.footfall.canvas.testing.CanvasTestStages;
import io.footfall.runtime.pipeline.Edge;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.StageInstance;
import io.footfall.runtime.pipeline.StageInstance.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Pipelines for the demo and the benchmark, made of the stage types on the class path. */
public final class DemoPipelines {
    private static final String A = "footfall.analytics.";

    private DemoPipelines() {
    }

    /** The standard foot-traffic chain, laid out over the left 180 m of a plan {@code height} meters tall. */
    public static PipelineDefinition footTraffic(double height) {
        double col = 26;
        double top = height * 0.12;
        double bottom = height * 0.62;
        List<StageInstance> stages = List.of(
                stage("sightings", A + "sightingsFile", 4, top, Map.of("path", "sightings.jsonl")),
                stage("check", A + "sightingCheck", 4 + col, top, Map.of()),
                stage("anonymize", A + "anonymizer", 4 + 2 * col, top, Map.of()),
                stage("position", A + "positioning", 4 + 3 * col, top, Map.of()),
                stage("zones", A + "zones", 4 + 4 * col, top, Map.of()),
                stage("visits", A + "sessionizer", 4 + 5 * col, top, Map.of()),
                stage("zoneStats", A + "zoneStatsFile", 4 + 6 * col, top, Map.of()),
                stage("heatmap", A + "heatmap", 4 + 4 * col, bottom, Map.of()),
                stage("heatmapFile", A + "heatmapFile", 4 + 5 * col, bottom, Map.of()),
                stage("positions", A + "positionsFile", 4 + 6 * col, bottom, Map.of()));
        List<Edge> edges = List.of(
                new Edge("sightings", "output", "check"), new Edge("check", "output", "anonymize"),
                new Edge("anonymize", "output", "position"), new Edge("position", "output", "zones"),
                new Edge("zones", "output", "visits"), new Edge("visits", "output", "zoneStats"),
                new Edge("position", "output", "heatmap"), new Edge("heatmap", "output", "heatmapFile"),
                new Edge("position", "output", "positions"));
        return new PipelineDefinition(null, "demo", "Foot traffic demo", null, "../floorplans/medium-mall.json",
                null, null, null, stages, edges);
    }

    /**
     * {@code stages} stages in a grid over {@code width × height} meters and {@code edges} edges, each from
     * an earlier to a later stage (so the graph is acyclic), from a fixed seed. Uses the canvas test
     * stages: origins in the first column, destinations in the last.
     */
    public static PipelineDefinition grid(int stageCount, int edgeCount, double width, double height) {
        int cols = (int) Math.ceil(Math.sqrt(stageCount * width / height));
        int rows = (int) Math.ceil((double) stageCount / cols);
        double dx = width / cols;
        double dy = height / rows;
        List<StageInstance> stages = new ArrayList<>();
        for (int i = 0; i < stageCount; i++) {
            int c = i / rows;
            int r = i % rows;
            String type = c == 0 ? CanvasTestStages.SENSORS
                    : c == cols - 1 || i >= stageCount - rows ? CanvasTestStages.FILE_SINK
                    : (i % 3 == 0 ? CanvasTestStages.COUNTER : CanvasTestStages.PARSER);
            stages.add(stage("s" + i, type, c * dx + 1, r * dy + 1, Map.of()));
        }
        Random random = new Random(42);
        List<Edge> edges = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (edges.size() < edgeCount) {
            int from = random.nextInt(stageCount - rows);
            int to = from + 1 + random.nextInt(Math.min(2 * rows, stageCount - from - 1));
            StageInstance f = stages.get(from);
            StageInstance t = stages.get(to);
            if (f.type().contains(".destination.") || t.type().contains(".origin.") || !seen.add(from + ">" + to)) {
                continue;
            }
            edges.add(new Edge(f.name(), "output", t.name()));
        }
        return new PipelineDefinition(null, "bench", "Benchmark", null, null, null, null, null, stages, edges);
    }

    private static StageInstance stage(String name, String type, double x, double y, Map<String, Object> config) {
        return new StageInstance(name, type, 1, null, config, new Position(Math.round(x), Math.round(y)));
    }
}
