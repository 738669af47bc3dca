package io.footfall.runtime.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The declaration of one configuration value of a stage type. The same declaration drives validation,
 * the studio's property sheet, the CLI's help and the docs.
 *
 * @param dependsOn     the name of another configuration this one only applies to, or null
 * @param dependsOnValues the values of {@code dependsOn} under which this one applies (empty: any non-empty value)
 * @param columns       for TABLE: the declarations of each row's columns
 */
public record ConfigDef(String name, Type type, String label, String description, Object defaultValue,
                        boolean required, Double min, Double max, List<String> choices, String group,
                        String dependsOn, List<String> dependsOnValues, List<ConfigDef> columns) {

    public enum Type {
        STRING, TEXT, EXPRESSION, FIELD_PATH, FILE_PATH, INTEGER, DOUBLE, BOOLEAN, CHOICE, LIST, MAP, TABLE
    }

    public ConfigDef {
        choices = choices == null ? List.of() : List.copyOf(choices);
        dependsOnValues = dependsOnValues == null ? List.of() : List.copyOf(dependsOnValues);
        columns = columns == null ? List.of() : List.copyOf(columns);
        group = group == null ? "General" : group;
        label = label == null ? name : label;
        description = description == null ? "" : description;
    }

    public static Builder builder(String name, Type type) {
        return new Builder(name, type);
    }

    /** Whether this configuration applies given the stage's other values (see {@code dependsOn}). */
    public boolean appliesTo(Map<String, Object> config) {
        if (dependsOn == null) {
            return true;
        }
        Object v = config.get(dependsOn);
        if (v == null || v.toString().isEmpty()) {
            return false;
        }
        return dependsOnValues.isEmpty() || dependsOnValues.contains(v.toString());
    }

    /** The problem with a (parameter-resolved) value, or empty when it is acceptable. */
    public Optional<String> check(Object value) {
        if (value == null || (value instanceof String s && s.isBlank() && type != Type.TEXT)) {
            return required ? Optional.of("is required") : Optional.empty();
        }
        switch (type) {
            case INTEGER, DOUBLE -> {
                double d;
                if (value instanceof Number n) {
                    d = n.doubleValue();
                } else {
                    try {
                        d = Double.parseDouble(value.toString().strip());
                    } catch (NumberFormatException e) {
                        return Optional.of("must be a number, not '" + value + "'");
                    }
                }
                if (type == Type.INTEGER && d != Math.rint(d)) {
                    return Optional.of("must be a whole number, not '" + value + "'");
                }
                if (min != null && d < min) {
                    return Optional.of("must be at least " + format(min) + ", not " + value);
                }
                if (max != null && d > max) {
                    return Optional.of("must be at most " + format(max) + ", not " + value);
                }
            }
            case BOOLEAN -> {
                if (!(value instanceof Boolean)
                        && !List.of("true", "false").contains(value.toString().strip().toLowerCase(Locale.ROOT))) {
                    return Optional.of("must be true or false, not '" + value + "'");
                }
            }
            case CHOICE -> {
                if (!choices.contains(value.toString())) {
                    return Optional.of("must be one of " + String.join(", ", choices) + ", not '" + value + "'");
                }
            }
            case FIELD_PATH -> {
                try {
                    FieldPath.of(value.toString());
                } catch (IllegalArgumentException e) {
                    return Optional.of(e.getMessage());
                }
            }
            case LIST -> {
                if (!(value instanceof List<?>)) {
                    return Optional.of("must be a list");
                }
            }
            case MAP -> {
                if (!(value instanceof Map<?, ?>)) {
                    return Optional.of("must be an object of names to values");
                }
            }
            case TABLE -> {
                return checkTable(value);
            }
            default -> {
                // STRING, TEXT, EXPRESSION, FILE_PATH: any text; expressions are compiled by their stage at init.
            }
        }
        return Optional.empty();
    }

    private Optional<String> checkTable(Object value) {
        if (!(value instanceof List<?> rows)) {
            return Optional.of("must be a list of rows");
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!(rows.get(i) instanceof Map<?, ?> row)) {
                problems.add("row " + (i + 1) + " is not an object");
                continue;
            }
            for (ConfigDef column : columns) {
                int rowNumber = i + 1;
                column.check(row.get(column.name()))
                        .ifPresent(p -> problems.add("row " + rowNumber + " '" + column.name() + "' " + p));
            }
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    private static String format(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** Builds a declaration; only name and type are needed. */
    public static final class Builder {
        private final String name;
        private final Type type;
        private String label;
        private String description;
        private Object defaultValue;
        private boolean required;
        private Double min;
        private Double max;
        private List<String> choices = List.of();
        private String group;
        private String dependsOn;
        private List<String> dependsOnValues = List.of();
        private List<ConfigDef> columns = List.of();

        private Builder(String name, Type type) {
            this.name = name;
            this.type = type;
        }

        public Builder label(String label) {
            this.label = label;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder defaultValue(Object defaultValue) {
            this.defaultValue = defaultValue;
            return this;
        }

        public Builder required() {
            this.required = true;
            return this;
        }

        public Builder range(double min, double max) {
            this.min = min;
            this.max = max;
            return this;
        }

        public Builder min(double min) {
            this.min = min;
            return this;
        }

        public Builder choices(String... choices) {
            this.choices = List.of(choices);
            return this;
        }

        public <E extends Enum<E>> Builder choices(Class<E> type) {
            List<String> names = new ArrayList<>();
            for (E e : type.getEnumConstants()) {
                names.add(e.name());
            }
            this.choices = names;
            return this;
        }

        public Builder group(String group) {
            this.group = group;
            return this;
        }

        public Builder dependsOn(String config, String... values) {
            this.dependsOn = config;
            this.dependsOnValues = List.of(values);
            return this;
        }

        public Builder columns(ConfigDef... columns) {
            this.columns = List.of(columns);
            return this;
        }

        public ConfigDef build() {
            return new ConfigDef(name, type, label, description, defaultValue, required, min, max, choices, group,
                    dependsOn, dependsOnValues, columns);
        }
    }
}
