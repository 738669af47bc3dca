package io.footfall.app;

import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.stage.StageRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stage declarations for view-model tests: only descriptions (the tests never run a stage), shaped like the
 * real libraries: required values, ranges, choices, a setting that depends on another, derived lanes.
 */
public final class TestStageTypes {
    private TestStageTypes() {
    }

    public static final StageDefinition ORIGIN = StageDefinition.builder("test.origin.file", 1, StageKind.ORIGIN)
            .label("File").icon("file").description("Reads lines from a file.")
            .config(ConfigDef.builder("path", ConfigDef.Type.FILE_PATH).label("Path").required().build())
            .config(ConfigDef.builder("rate", ConfigDef.Type.INTEGER).label("Rate").range(1, 100).defaultValue(10).build())
            .config(ConfigDef.builder("format", ConfigDef.Type.CHOICE).label("Format").choices("JSON", "CSV")
                    .defaultValue("JSON").build())
            .config(ConfigDef.builder("delimiter", ConfigDef.Type.STRING).label("Delimiter").dependsOn("format", "CSV")
                    .defaultValue(",").build())
            .factory(() -> {
                throw new UnsupportedOperationException("declaration only");
            }).build();

    public static final StageDefinition ROUTER = StageDefinition.builder("test.processor.router", 1, StageKind.PROCESSOR)
            .label("Router").icon("router").category("Processors")
            .config(ConfigDef.builder("lanes", ConfigDef.Type.LIST).label("Lanes").defaultValue(List.of("a", "b")).build())
            .lanes(TestStageTypes::lanes)
            .factory(() -> {
                throw new UnsupportedOperationException("declaration only");
            }).build();

    public static final StageDefinition HEAT = StageDefinition.builder("test.analytics.heat", 1, StageKind.PROCESSOR)
            .label("Heatmap").icon("heatmap").category("Analytics")
            .factory(() -> {
                throw new UnsupportedOperationException("declaration only");
            }).build();

    public static final StageDefinition SINK = StageDefinition.builder("test.destination.trash", 1, StageKind.DESTINATION)
            .label("Trash").icon("trash")
            .factory(() -> {
                throw new UnsupportedOperationException("declaration only");
            }).build();

    @SuppressWarnings("unchecked")
    private static List<String> lanes(Map<String, Object> config) {
        Object l = config.get("lanes");
        return l instanceof List<?> list ? new ArrayList<>((List<String>) list) : List.of("a", "b");
    }

    public static StageRegistry registry() {
        return new StageRegistry(List.of(SINK, HEAT, ROUTER, ORIGIN), List.of());
    }
}
