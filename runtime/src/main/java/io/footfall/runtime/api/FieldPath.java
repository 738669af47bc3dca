package io.footfall.runtime.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A parsed field path such as {@code /device}, {@code /pos/x} or {@code /readings[2]/rssi}; the
 * empty path {@code ""} or {@code "/"} is the root. Parsed once and cached: stages look paths up per record.
 */
public final class FieldPath {
    private static final ConcurrentHashMap<String, FieldPath> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 10_000;

    /** One step: a map key, or a list index when {@code key} is null. */
    record Step(String key, int index) {
    }

    private final String text;
    private final List<Step> steps;
    /** The key when the path is one map key ({@code /device}), the common case; else null. */
    final String singleKey;

    private FieldPath(String text, List<Step> steps) {
        this.text = text;
        this.steps = steps;
        this.singleKey = steps.size() == 1 ? steps.get(0).key() : null;
    }

    public static FieldPath of(String path) {
        FieldPath cached = CACHE.get(path);
        if (cached != null) {
            return cached;
        }
        FieldPath parsed = parse(path);
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(path, parsed);
        }
        return parsed;
    }

    private static FieldPath parse(String path) {
        if (path == null) {
            throw new IllegalArgumentException("a field path must not be null");
        }
        if (path.isEmpty() || path.equals("/")) {
            return new FieldPath("/", List.of());
        }
        if (path.charAt(0) != '/') {
            throw new IllegalArgumentException("field path '" + path + "' must start with '/'");
        }
        List<Step> steps = new ArrayList<>();
        for (String part : path.substring(1).split("/", -1)) {
            if (part.isEmpty()) {
                throw new IllegalArgumentException("field path '" + path + "' has an empty segment");
            }
            int bracket = part.indexOf('[');
            String key = bracket < 0 ? part : part.substring(0, bracket);
            if (!key.isEmpty()) {
                // Interned: record maps built with literal keys then match on identity, without equals().
                steps.add(new Step(key.intern(), -1));
            }
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                if (close < 0) {
                    throw new IllegalArgumentException("field path '" + path + "' has an unclosed '['");
                }
                try {
                    steps.add(new Step(null, Integer.parseInt(part.substring(bracket + 1, close))));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("field path '" + path + "' has a bad list index", e);
                }
                bracket = part.indexOf('[', close);
            }
        }
        return new FieldPath(path, List.copyOf(steps));
    }

    List<Step> steps() {
        return steps;
    }

    public boolean isRoot() {
        return steps.isEmpty();
    }

    @Override
    public String toString() {
        return text;
    }
}
