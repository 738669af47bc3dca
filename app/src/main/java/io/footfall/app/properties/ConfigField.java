package io.footfall.app.properties;

import io.footfall.runtime.api.ConfigDef;

/**
 * One row of the property sheet: the declaration, the stage's current value (or the default when unset),
 * whether the value is explicitly set, and the problem with it (null when fine).
 */
public record ConfigField(ConfigDef def, Object value, boolean explicit, String problem) {

    public String name() {
        return def.name();
    }

    public boolean hasProblem() {
        return problem != null;
    }
}
