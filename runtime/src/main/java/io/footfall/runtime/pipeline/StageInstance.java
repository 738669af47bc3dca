package io.footfall.runtime.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One stage in a pipeline: its unique instance name, its type and the type's version the configuration
 * was written for, the configuration values (may hold {@code ${param}} references), where it sits on the canvas.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "type", "version", "label", "config", "position"})
public record StageInstance(String name, String type, int version, String label, Map<String, Object> config,
                            Position position) {

    public StageInstance {
        config = config == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }

    public StageInstance withConfig(Map<String, Object> newConfig) {
        return new StageInstance(name, type, version, label, newConfig, position);
    }

    public StageInstance withConfigValue(String key, Object value) {
        Map<String, Object> c = new LinkedHashMap<>(config);
        if (value == null) {
            c.remove(key);
        } else {
            c.put(key, value);
        }
        return withConfig(c);
    }

    public StageInstance withPosition(Position newPosition) {
        return new StageInstance(name, type, version, label, config, newPosition);
    }

    public StageInstance withName(String newName) {
        return new StageInstance(newName, type, version, label, config, position);
    }

    /** Canvas coordinates of the stage's top-left corner, in the floorplan's meters. */
    @JsonPropertyOrder({"x", "y"})
    public record Position(double x, double y) {
    }
}
