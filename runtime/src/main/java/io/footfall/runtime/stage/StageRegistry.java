package io.footfall.runtime.stage;

import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageLibrary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Every stage type on the class path, found through {@link ServiceLoader} over {@link StageLibrary}. */
public final class StageRegistry {
    private final Map<String, StageDefinition> byId;
    private final List<String> loadProblems;

    public StageRegistry(Collection<StageDefinition> definitions, List<String> loadProblems) {
        Map<String, StageDefinition> map = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>(loadProblems);
        for (StageDefinition d : definitions) {
            StageDefinition previous = map.putIfAbsent(d.id(), d);
            if (previous != null) {
                problems.add("stage type '" + d.id() + "' is defined twice; keeping version " + previous.version());
            }
        }
        this.byId = Collections.unmodifiableMap(map);
        this.loadProblems = List.copyOf(problems);
    }

    /** The stage libraries visible to the given class loader. */
    public static StageRegistry load(ClassLoader loader) {
        List<StageDefinition> all = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        var it = ServiceLoader.load(StageLibrary.class, loader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                all.addAll(it.next().stages());
            } catch (ServiceConfigurationError | RuntimeException e) {
                problems.add("a stage library could not be loaded: " + e.getMessage());
            }
        }
        return new StageRegistry(all, problems);
    }

    private static volatile StageRegistry defaultRegistry;

    /** The stage libraries on this class path, loaded once. */
    public static StageRegistry defaultRegistry() {
        StageRegistry r = defaultRegistry;
        if (r == null) {
            synchronized (StageRegistry.class) {
                r = defaultRegistry;
                if (r == null) {
                    r = load(StageRegistry.class.getClassLoader());
                    defaultRegistry = r;
                }
            }
        }
        return r;
    }

    public Optional<StageDefinition> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<StageDefinition> all() {
        return byId.values();
    }

    /** Libraries that failed to load; shown by validation and the studio rather than thrown. */
    public List<String> loadProblems() {
        return loadProblems;
    }
}
