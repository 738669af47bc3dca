package io.footfall.runtime.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Everything the product knows about a stage type without running it: identity and version, how it
 * looks (label, description, icon, category), its lanes and its configuration. Validation, the studio's
 * palette and property sheet, the CLI's help and the docs are all generated from this one description.
 */
public final class StageDefinition {
    /** The configuration every processor and destination has: what to do with a record it cannot handle. */
    public static final String ON_RECORD_ERROR = "onRecordError";
    /** The lane on which a stage's event records leave it. */
    public static final String EVENT_LANE = "event";
    public static final String DEFAULT_LANE = "output";
    private static final String ALL_LANES = "*";

    private final String id;
    private final int version;
    private final StageKind kind;
    private final String label;
    private final String description;
    private final String icon;
    private final String category;
    private final List<ConfigDef> configs;
    private final Function<Map<String, Object>, List<String>> lanes;
    private final boolean producesEvents;
    private final Supplier<? extends Stage> factory;
    private final Map<Integer, ConfigUpgrader> upgraders;
    private final String takes;
    private final Map<String, String> sends;

    private StageDefinition(Builder b) {
        this.id = b.id;
        this.version = b.version;
        this.kind = b.kind;
        this.label = b.label;
        this.description = b.description;
        this.icon = b.icon;
        this.category = b.category;
        List<ConfigDef> all = new ArrayList<>(b.configs);
        if ((kind == StageKind.PROCESSOR || kind == StageKind.DESTINATION || kind == StageKind.EXECUTOR)
                && all.stream().noneMatch(c -> c.name().equals(ON_RECORD_ERROR))) {
            all.add(ConfigDef.builder(ON_RECORD_ERROR, ConfigDef.Type.CHOICE).label("On record error")
                    .description("What to do with a record this stage cannot handle: drop it, send it to the "
                            + "error stream with the reason, or stop the pipeline.")
                    .choices(OnRecordError.class).defaultValue(OnRecordError.TO_ERROR.name()).group("Errors").build());
        }
        this.configs = List.copyOf(all);
        this.lanes = b.lanes;
        this.producesEvents = b.producesEvents;
        this.factory = b.factory;
        this.upgraders = Collections.unmodifiableMap(new TreeMap<>(b.upgraders));
        this.takes = b.takes;
        this.sends = Map.copyOf(b.sends);
    }

    public static Builder builder(String id, int version, StageKind kind) {
        return new Builder(id, version, kind);
    }

    public String id() {
        return id;
    }

    public int version() {
        return version;
    }

    public StageKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** An icon name (see the canvas's icon set), e.g. "file", "filter", "wifi", "spark". */
    public String icon() {
        return icon;
    }

    /** The palette group: "Origins", "Processors", "Analytics", "Spark", "Destinations", ... */
    public String category() {
        return category;
    }

    public List<ConfigDef> configs() {
        return configs;
    }

    public Optional<ConfigDef> config(String name) {
        return configs.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public boolean hasInput() {
        return kind != StageKind.ORIGIN;
    }

    /** The output lanes for a given configuration (some stages, like a stream selector, derive them from it). */
    public List<String> outputLanes(Map<String, Object> config) {
        if (kind == StageKind.DESTINATION || kind == StageKind.EXECUTOR) {
            return List.of();
        }
        return lanes.apply(config == null ? Map.of() : config);
    }

    public boolean producesEvents() {
        return producesEvents;
    }

    /** The {@link RecordKind} this stage takes, or empty when it takes any record. */
    public Optional<String> takes() {
        return Optional.ofNullable(takes);
    }

    /**
     * The {@link RecordKind} this stage sends on {@code lane} ({@link RecordKind#SAME_AS_INPUT} when it passes on
     * what it receives), or empty when it does not say.
     */
    public Optional<String> sends(String lane) {
        if (EVENT_LANE.equals(lane)) {
            return Optional.of(RecordKind.EVENTS);
        }
        return Optional.ofNullable(sends.getOrDefault(lane, sends.get(ALL_LANES)));
    }

    /** Default values of every configuration that has one. */
    public Map<String, Object> defaults() {
        Map<String, Object> d = new LinkedHashMap<>();
        for (ConfigDef c : configs) {
            if (c.defaultValue() != null) {
                d.put(c.name(), c.defaultValue());
            }
        }
        return d;
    }

    public Stage create() {
        return factory.get();
    }

    /**
     * Upgrades a stored configuration from {@code fromVersion} to this definition's version.
     * Throws when a step has no upgrader or the stored version is newer than this one.
     */
    public Map<String, Object> upgrade(Map<String, Object> config, int fromVersion) {
        if (fromVersion > version) {
            throw new IllegalArgumentException("stage '" + id + "' version " + fromVersion
                    + " is newer than this installation's version " + version);
        }
        Map<String, Object> upgraded = new LinkedHashMap<>(config);
        for (int v = fromVersion; v < version; v++) {
            ConfigUpgrader u = upgraders.get(v);
            if (u == null) {
                throw new IllegalArgumentException("stage '" + id + "' has no upgrade from version " + v + " to " + (v + 1));
            }
            u.upgrade(upgraded);
        }
        return upgraded;
    }

    @Override
    public String toString() {
        return id + " v" + version;
    }

    public static final class Builder {
        private final String id;
        private final int version;
        private final StageKind kind;
        private String label;
        private String description = "";
        private String icon = "stage";
        private String category;
        private final List<ConfigDef> configs = new ArrayList<>();
        private Function<Map<String, Object>, List<String>> lanes = c -> List.of(DEFAULT_LANE);
        private boolean producesEvents;
        private Supplier<? extends Stage> factory;
        private final Map<Integer, ConfigUpgrader> upgraders = new LinkedHashMap<>();
        private String takes;
        private final Map<String, String> sends = new LinkedHashMap<>();

        private Builder(String id, int version, StageKind kind) {
            this.id = Objects.requireNonNull(id);
            this.version = version;
            this.kind = Objects.requireNonNull(kind);
            this.label = id;
            this.category = switch (kind) {
                case ORIGIN -> "Origins";
                case PROCESSOR -> "Processors";
                case DESTINATION -> "Destinations";
                case EXECUTOR -> "Executors";
            };
        }

        public Builder label(String label) {
            this.label = label;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder icon(String icon) {
            this.icon = icon;
            return this;
        }

        public Builder category(String category) {
            this.category = category;
            return this;
        }

        public Builder config(ConfigDef config) {
            this.configs.add(config);
            return this;
        }

        public Builder lanes(String... lanes) {
            List<String> fixed = List.of(lanes);
            this.lanes = c -> fixed;
            return this;
        }

        /** Lanes computed from the configuration (e.g. one per routing condition). */
        public Builder lanes(Function<Map<String, Object>, List<String>> lanes) {
            this.lanes = lanes;
            return this;
        }

        /** The {@link RecordKind} the stage takes (null: any) and the one it sends on every lane (null: not said). */
        public Builder records(String takes, String sends) {
            this.takes = takes;
            if (sends != null) {
                this.sends.put(ALL_LANES, sends);
            }
            return this;
        }

        /** The {@link RecordKind} the stage sends on one lane, where lanes differ. */
        public Builder sends(String lane, String kind) {
            this.sends.put(lane, kind);
            return this;
        }

        public Builder producesEvents() {
            this.producesEvents = true;
            return this;
        }

        public Builder factory(Supplier<? extends Stage> factory) {
            this.factory = factory;
            return this;
        }

        /** How to migrate a configuration stored by version {@code fromVersion} to {@code fromVersion + 1}. */
        public Builder upgrader(int fromVersion, ConfigUpgrader upgrader) {
            this.upgraders.put(fromVersion, upgrader);
            return this;
        }

        public StageDefinition build() {
            Objects.requireNonNull(factory, "stage '" + id + "' needs a factory");
            return new StageDefinition(this);
        }
    }
}
