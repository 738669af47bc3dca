package io.footfall.spark.builtin;

import io.footfall.spark.SparkTransformer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The transformers that ship with the product, by the name the stage's configuration uses. */
public final class BuiltInTransformer {
    public static final String IDENTITY = "identity";
    public static final String CUSTOM = "custom";

    private static final Map<String, Supplier<SparkTransformer>> BUILT_INS = new LinkedHashMap<>();

    static {
        BUILT_INS.put(IDENTITY, IdentityTransformer::new);
        BUILT_INS.put("repeatVisitors", RepeatVisitorTransformer::new);
        BUILT_INS.put("zoneAnomaly", ZoneAnomalyTransformer::new);
        BUILT_INS.put("storeAffinity", StoreAffinityTransformer::new);
    }

    private BuiltInTransformer() {
    }

    /** Every choice of the stage's {@code transformer} configuration, {@code custom} last. */
    public static List<String> names() {
        List<String> names = new java.util.ArrayList<>(BUILT_INS.keySet());
        names.add(CUSTOM);
        return names;
    }

    public static Optional<SparkTransformer> create(String name) {
        Supplier<SparkTransformer> s = BUILT_INS.get(name);
        return s == null ? Optional.empty() : Optional.of(s.get());
    }
}
