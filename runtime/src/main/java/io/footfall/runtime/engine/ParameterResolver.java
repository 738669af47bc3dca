package io.footfall.runtime.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${name}} in configuration values (strings, and strings inside lists and maps) with
 * parameter values. {@code $${x}} stays a literal {@code ${x}}. A value that is exactly one reference
 * keeps the parameter's text, which typed configurations then convert (e.g. "500" for an integer).
 */
public final class ParameterResolver {
    private static final Pattern REFERENCE = Pattern.compile("\\$?\\$\\{([A-Za-z_][A-Za-z0-9_.-]*)}");

    private final Map<String, String> parameters;

    public ParameterResolver(Map<String, String> parameters) {
        this.parameters = parameters;
    }

    /** The parameter names a value refers to (for validation's "unknown parameter"). */
    public static Set<String> references(Object value) {
        Set<String> names = new TreeSet<>();
        collect(value, names);
        return names;
    }

    private static void collect(Object value, Set<String> names) {
        if (value instanceof String s) {
            Matcher m = REFERENCE.matcher(s);
            while (m.find()) {
                if (!m.group().startsWith("$$")) {
                    names.add(m.group(1));
                }
            }
        } else if (value instanceof List<?> l) {
            l.forEach(v -> collect(v, names));
        } else if (value instanceof Map<?, ?> m) {
            m.values().forEach(v -> collect(v, names));
        }
    }

    public Map<String, Object> resolve(Map<String, ?> config) {
        Map<String, Object> out = new LinkedHashMap<>();
        config.forEach((k, v) -> out.put(k, resolveValue(v)));
        return out;
    }

    public Object resolveValue(Object value) {
        if (value instanceof String s) {
            return resolveString(s);
        } else if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(v -> out.add(resolveValue(v)));
            return out;
        } else if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), resolveValue(v)));
            return out;
        }
        return value;
    }

    private String resolveString(String s) {
        if (s.indexOf("${") < 0) {
            return s;
        }
        Matcher m = REFERENCE.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group().startsWith("$$")) {
                replacement = m.group().substring(1);
            } else {
                replacement = parameters.get(m.group(1));
                if (replacement == null) {
                    throw new IllegalArgumentException("unknown parameter '" + m.group(1) + "'");
                }
            }
            m.appendReplacement(b, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(b);
        return b.toString();
    }
}
