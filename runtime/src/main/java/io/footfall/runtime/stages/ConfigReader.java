package io.footfall.runtime.stages;

import io.footfall.runtime.api.FieldPath;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.stages.expr.RecordExpression;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Reads typed configuration values in a stage's {@code configure}, turning each bad value into a
 * configuration issue on that field (so the studio shows it there) instead of an exception that stops at
 * the first problem. Methods return null (or the fallback) for a bad value; init then fails with every issue.
 */
public final class ConfigReader {
    private final StageConfig config;
    private final BiConsumer<String, String> issues;

    public ConfigReader(StageConfig config, BiConsumer<String, String> issues) {
        this.config = config;
        this.issues = issues;
    }

    public StageConfig config() {
        return config;
    }

    public void issue(String name, String message) {
        issues.accept(name, message);
    }

    public String string(String name) {
        String v = config.getString(name);
        if (v == null || v.isBlank()) {
            issues.accept(name, "is required");
            return null;
        }
        return v;
    }

    public String optionalString(String name, String fallback) {
        String v = config.getString(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    public FieldPath path(String name) {
        return path(name, config.getString(name));
    }

    /** A field path from a configuration or table cell named {@code where} in messages. */
    public FieldPath path(String where, String text) {
        if (text == null || text.isBlank()) {
            issues.accept(where, "a field path is required");
            return null;
        }
        try {
            return FieldPath.of(text.strip());
        } catch (IllegalArgumentException e) {
            issues.accept(where, e.getMessage());
            return null;
        }
    }

    public RecordExpression expression(String where, String text) {
        try {
            return RecordExpression.compile(text);
        } catch (IllegalArgumentException e) {
            issues.accept(where, e.getMessage());
            return null;
        }
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
        String v = config.getString(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            issues.accept(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()) + ", not '" + v + "'");
            return fallback;
        }
    }

    public long longValue(String name, long fallback, long min) {
        if (!config.has(name)) {
            return fallback;
        }
        try {
            long v = config.getLong(name);
            if (v < min) {
                issues.accept(name, "must be at least " + min + ", not " + v);
                return fallback;
            }
            return v;
        } catch (IllegalArgumentException e) {
            issues.accept(name, "must be a whole number, not '" + config.get(name) + "'");
            return fallback;
        }
    }

    public double doubleValue(String name, double fallback, double min) {
        if (!config.has(name)) {
            return fallback;
        }
        try {
            double v = config.getDouble(name);
            if (v < min) {
                issues.accept(name, "must be at least " + min + ", not " + v);
                return fallback;
            }
            return v;
        } catch (IllegalArgumentException e) {
            issues.accept(name, "must be a number, not '" + config.get(name) + "'");
            return fallback;
        }
    }

    public boolean bool(String name, boolean fallback) {
        return config.has(name) ? config.getBoolean(name) : fallback;
    }
}
