package io.footfall.canvas.testing;

import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.FloorplanJson;
import io.footfall.runtime.pipeline.Edge;
import io.footfall.runtime.pipeline.ErrorPolicy;
import io.footfall.runtime.pipeline.ParameterDefinition;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineSettings;
import io.footfall.runtime.pipeline.StageInstance;
import io.footfall.runtime.pipeline.StageInstance.Position;
import io.footfall.runtime.stage.StageRegistry;
import java.util.List;
import java.util.Map;

/** Pipelines and a floorplan built from {@link CanvasTestStages} for the tests. */
public final class TestPipelines {
    private TestPipelines() {
    }

    public static StageRegistry registry() {
        return StageRegistry.defaultRegistry();
    }

    /** sensors → parse → route (inside → counter → file, outside → trash), sensors' events → trash. */
    public static PipelineDefinition sample() {
        return new PipelineDefinition(null, "sample", "Sample", "for tests", "../floorplans/medium-mall.json",
                List.of(new ParameterDefinition("out", "target/out.jsonl", "where results go")),
                new PipelineSettings(500, 200, 2, 1), new ErrorPolicy("STOP", null),
                List.of(stage("sensors", CanvasTestStages.SENSORS, Map.of("rate", 50), 2, 5),
                        stage("parse", CanvasTestStages.PARSER, Map.of("field", "/text"), 24, 5),
                        stage("route", CanvasTestStages.ROUTER, Map.of("routes", List.of("inside", "outside")), 46, 5),
                        stage("count", CanvasTestStages.COUNTER, Map.of(), 68, 0),
                        stage("store", CanvasTestStages.FILE_SINK, Map.of("path", "${out}"), 90, 0),
                        stage("discard", CanvasTestStages.TRASH, Map.of(), 90, 14)),
                List.of(new Edge("sensors", "output", "parse"),
                        new Edge("parse", "output", "route"),
                        new Edge("route", "inside", "count"),
                        new Edge("count", "output", "store"),
                        new Edge("route", "outside", "discard"),
                        new Edge("sensors", "event", "discard")));
    }

    public static StageInstance stage(String name, String type, Map<String, Object> config, double x, double y) {
        return new StageInstance(name, type, 1, null, config, new Position(x, y));
    }

    /** A two-shop mall, 60 × 30 m. */
    public static Floorplan tinyMall() {
        return FloorplanJson.parse("""
                {"format": "footfall-floorplan/1", "name": "Tiny", "width": 60, "height": 30,
                 "zones": [
                  {"id": "a", "name": "Books", "kind": "store", "polygon": [[0,0],[30,0],[30,20],[0,20]], "entrances": [[15,20]]},
                  {"id": "b", "name": "Cafe", "kind": "foodcourt", "polygon": [[30,0],[60,0],[60,20],[30,20]], "entrances": [[45,20]]},
                  {"id": "hall", "name": "Hall", "kind": "corridor", "polygon": [[0,20],[60,20],[60,30],[0,30]]}],
                 "walls": [{"from": [30,0], "to": [30,20], "attenuationDb": 6}],
                 "entrances": [{"id": "gate", "position": [60, 25]}],
                 "sensors": [{"id": "s1", "position": [15, 25], "kinds": ["wifi"]},
                             {"id": "s2", "position": [45, 25], "kinds": ["ble"]}]}
                """, "tiny-mall");
    }
}
