package io.footfall.runtime.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stage instance's configuration after defaults and parameters were applied. Values are plain Java
 * objects as read from the pipeline file (String, Number, Boolean, List, Map); the getters convert.
 */
public final class StageConfig {
    private final Map<String, Object> values;

    public StageConfig(Map<String, ?> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Map<String, Object> asMap() {
        return values;
    }

    public boolean has(String name) {
        return values.get(name) != null;
    }

    public Object get(String name) {
        return values.get(name);
    }

    public String getString(String name) {
        Object v = values.get(name);
        return v == null ? null : v.toString();
    }

    public int getInt(String name) {
        return (int) getLong(name);
    }

    public long getLong(String name) {
        Object v = require(name);
        if (v instanceof Number n) {
            return n.longValue();
        }
        try {
            return Long.parseLong(v.toString().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("configuration '" + name + "' must be an integer, not '" + v + "'", e);
        }
    }

    public double getDouble(String name) {
        Object v = require(name);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(v.toString().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("configuration '" + name + "' must be a number, not '" + v + "'", e);
        }
    }

    public boolean getBoolean(String name) {
        Object v = require(name);
        return v instanceof Boolean b ? b : Boolean.parseBoolean(v.toString().strip());
    }

    public <E extends Enum<E>> E getEnum(String name, Class<E> type) {
        return Enum.valueOf(type, getString(name).strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** A LIST configuration as strings (an absent one is empty). */
    public List<String> getList(String name) {
        Object v = values.get(name);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            List<String> out = new ArrayList<>(l.size());
            l.forEach(o -> out.add(String.valueOf(o)));
            return out;
        }
        return List.of(v.toString());
    }

    /** A TABLE configuration: one map per row (an absent one is empty). */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> getTable(String name) {
        Object v = values.get(name);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> l)) {
            throw new IllegalArgumentException("configuration '" + name + "' must be a list of rows");
        }
        List<Map<String, Object>> rows = new ArrayList<>(l.size());
        for (Object row : l) {
            if (!(row instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException("configuration '" + name + "' has a row that is not an object");
            }
            rows.add((Map<String, Object>) m);
        }
        return rows;
    }

    private Object require(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("configuration '" + name + "' is not set");
        }
        return v;
    }
}
