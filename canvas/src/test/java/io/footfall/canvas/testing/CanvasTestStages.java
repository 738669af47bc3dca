package io.footfall.canvas.testing;

import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.api.Destination;
import io.footfall.runtime.api.Origin;
import io.footfall.runtime.api.Processor;
import io.footfall.runtime.api.StageContext;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.api.StageLibrary;
import java.util.List;
import java.util.Map;

/**
 * Stage types for the canvas's tests, so they do not depend on the real stage libraries of other
 * modules. Together they cover every shape the canvas draws: an origin with an event lane, plain
 * processors, a router whose lanes come from its configuration, and destinations.
 */
public final class CanvasTestStages implements StageLibrary {
    public static final String SENSORS = "canvastest.origin.sensors";
    public static final String PARSER = "canvastest.processor.parser";
    public static final String ROUTER = "canvastest.processor.router";
    public static final String COUNTER = "canvastest.processor.zoneCounter";
    public static final String FILE_SINK = "canvastest.destination.file";
    public static final String TRASH = "canvastest.destination.trash";

    @Override
    public String name() {
        return "canvas test stages";
    }

    @Override
    public List<StageDefinition> stages() {
        return List.of(
                StageDefinition.builder(SENSORS, 1, StageKind.ORIGIN).label("Sensor feed").icon("wifi")
                        .description("Sightings from the mall's sensors").producesEvents()
                        .config(ConfigDef.builder("rate", ConfigDef.Type.INTEGER).defaultValue(100).min(1).build())
                        .factory(InertStage::new).build(),
                StageDefinition.builder(PARSER, 1, StageKind.PROCESSOR).label("JSON parser").icon("json")
                        .config(ConfigDef.builder("field", ConfigDef.Type.FIELD_PATH).defaultValue("/text").required().build())
                        .factory(InertStage::new).build(),
                StageDefinition.builder(ROUTER, 1, StageKind.PROCESSOR).label("Zone router").icon("selector")
                        .config(ConfigDef.builder("routes", ConfigDef.Type.LIST).defaultValue(List.of("inside", "outside")).build())
                        .lanes(CanvasTestStages::routes)
                        .factory(InertStage::new).build(),
                StageDefinition.builder(COUNTER, 1, StageKind.PROCESSOR).label("Zone counter").icon("chart")
                        .category("Analytics").factory(InertStage::new).build(),
                StageDefinition.builder(FILE_SINK, 1, StageKind.DESTINATION).label("File").icon("file")
                        .config(ConfigDef.builder("path", ConfigDef.Type.FILE_PATH).defaultValue("out.jsonl").build())
                        .factory(InertStage::new).build(),
                StageDefinition.builder(TRASH, 1, StageKind.DESTINATION).label("Trash").icon("trash")
                        .factory(InertStage::new).build());
    }

    private static List<String> routes(Map<String, Object> config) {
        Object routes = config.get("routes");
        if (routes instanceof List<?> list && !list.isEmpty()) {
            return list.stream().map(Object::toString).toList();
        }
        return List.of("default");
    }

    /** The canvas never runs stages; this only satisfies the definition's factory. */
    static final class InertStage implements Origin, Processor, Destination {
        @Override
        public List<ConfigIssue> init(StageContext context) {
            return List.of();
        }

        @Override
        public String produce(String lastOffset, int maxBatchSize, BatchMaker out) {
            return null;
        }

        @Override
        public void process(Batch batch, BatchMaker out) {
        }

        @Override
        public void write(Batch batch) {
        }
    }
}
