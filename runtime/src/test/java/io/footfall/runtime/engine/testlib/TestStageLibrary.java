package io.footfall.runtime.engine.testlib;

import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.ConfigDef.Type;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.api.StageLibrary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Small stages for testing the engine before (and independently of) the real stage library. */
public final class TestStageLibrary implements StageLibrary {
    private static final List<String> LOG = Collections.synchronizedList(new ArrayList<>());
    private static final Map<String, List<Record>> COLLECTED = new ConcurrentHashMap<>();

    /** Lifecycle calls ("name:init", "name:destroy") in order, across tests; filter by a unique stage name. */
    public static void log(String entry) {
        LOG.add(entry);
    }

    public static List<String> logOf(String stageName) {
        synchronized (LOG) {
            return LOG.stream().filter(e -> e.startsWith(stageName + ":")).toList();
        }
    }

    public static List<Record> collected(String key) {
        return COLLECTED.computeIfAbsent(key, k -> Collections.synchronizedList(new ArrayList<>()));
    }

    @Override
    public String name() {
        return "engine test stages";
    }

    @Override
    public List<StageDefinition> stages() {
        return List.of(
                StageDefinition.builder("test.origin.lines", 1, StageKind.ORIGIN)
                        .config(ConfigDef.builder("path", Type.FILE_PATH).required().build())
                        .config(ConfigDef.builder("delayMillis", Type.INTEGER).defaultValue(0).min(0).build())
                        .factory(LinesOrigin::new).build(),
                StageDefinition.builder("test.origin.sightings", 1, StageKind.ORIGIN)
                        .config(ConfigDef.builder("records", Type.INTEGER).defaultValue(1000).min(0).build())
                        .factory(SightingCounterOrigin::new).build(),
                StageDefinition.builder("test.destination.count", 1, StageKind.DESTINATION)
                        .factory(CountingSink::new).build(),
                StageDefinition.builder("test.origin.silent", 1, StageKind.ORIGIN)
                        .config(ConfigDef.builder("records", Type.INTEGER).defaultValue(0).min(0).build())
                        .factory(SilentOrigin::new).build(),
                StageDefinition.builder("test.processor.parse", 1, StageKind.PROCESSOR)
                        .config(ConfigDef.builder("mode", Type.CHOICE).choices("STRICT", "LENIENT")
                                .defaultValue("STRICT").build())
                        .factory(ParseNumber::new).build(),
                StageDefinition.builder("test.processor.evenOdd", 1, StageKind.PROCESSOR)
                        .lanes("even", "odd")
                        .config(ConfigDef.builder("failOn", Type.INTEGER).defaultValue(0).build())
                        .config(ConfigDef.builder("crash", Type.BOOLEAN).defaultValue(false).build())
                        .factory(EvenOdd::new).build(),
                StageDefinition.builder("test.processor.countOnFlush", 1, StageKind.PROCESSOR)
                        .factory(CountOnFlush::new).build(),
                StageDefinition.builder("test.processor.scale", 2, StageKind.PROCESSOR)
                        .config(ConfigDef.builder("factor", Type.INTEGER).required().range(1, 10).build())
                        .upgrader(1, c -> {
                            if (c.containsKey("multiplier")) {
                                c.put("factor", c.remove("multiplier"));
                            }
                        })
                        .factory(Scale::new).build(),
                StageDefinition.builder("test.destination.appendLines", 1, StageKind.DESTINATION)
                        .config(ConfigDef.builder("path", Type.FILE_PATH).required().build())
                        .producesEvents()
                        .factory(AppendLines::new).build(),
                StageDefinition.builder("test.destination.collect", 1, StageKind.DESTINATION)
                        .config(ConfigDef.builder("key", Type.STRING).required().build())
                        .config(ConfigDef.builder("mutate", Type.BOOLEAN).defaultValue(false).build())
                        .config(ConfigDef.builder("delayMillis", Type.INTEGER).defaultValue(0).min(0).build())
                        .factory(Collect::new).build(),
                StageDefinition.builder("test.destination.sharedCollect", 1, StageKind.DESTINATION)
                        .config(ConfigDef.builder("key", Type.STRING).required().build())
                        .config(ConfigDef.builder("errorOn", Type.INTEGER).defaultValue(-1).build())
                        .factory(SharedCollect::new).build());
    }
}
