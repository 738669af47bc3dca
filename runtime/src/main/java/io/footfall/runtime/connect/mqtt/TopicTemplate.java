package io.footfall.runtime.connect.mqtt;

import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import java.util.ArrayList;
import java.util.List;

/**
 * A publish topic with {@code {field}} placeholders filled from each record, e.g.
 * {@code footfall/sightings/{sensor}} (braces, because {@code ${...}} is taken by pipeline parameters).
 */
record TopicTemplate(List<String> literals, List<String> fields) {

    static TopicTemplate parse(String template) {
        if (template == null || template.isBlank()) {
            throw new IllegalArgumentException("is required");
        }
        if (template.contains("+") || template.contains("#")) {
            throw new IllegalArgumentException("a publish topic cannot contain the wildcards + or #: '" + template + "'");
        }
        List<String> literals = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        int at = 0;
        while (true) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                literals.add(template.substring(at));
                return new TopicTemplate(List.copyOf(literals), List.copyOf(fields));
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("'{' at character " + open + " is not closed: '" + template + "'");
            }
            literals.add(template.substring(at, open));
            String field = template.substring(open + 1, close).strip();
            if (field.isEmpty()) {
                throw new IllegalArgumentException("empty placeholder {} at character " + open);
            }
            fields.add(field.startsWith("/") ? field : "/" + field);
            at = close + 1;
        }
    }

    String render(Record r) {
        if (fields.isEmpty()) {
            return literals.get(0);
        }
        StringBuilder b = new StringBuilder(64);
        for (int i = 0; i < fields.size(); i++) {
            b.append(literals.get(i));
            Field f = r.get(fields.get(i));
            if (f == null || f.isNull() || f.asString().isEmpty()) {
                throw new IllegalArgumentException("the topic needs field '" + fields.get(i) + "', which the record lacks");
            }
            String v = f.asString();
            if (v.indexOf('/') >= 0 || v.indexOf('+') >= 0 || v.indexOf('#') >= 0) {
                throw new IllegalArgumentException("field '" + fields.get(i) + "' = '" + v
                        + "' cannot be part of a topic (contains / + or #)");
            }
            b.append(v);
        }
        return b.append(literals.get(fields.size())).toString();
    }
}
