package io.footfall.runtime.analytics;

import io.footfall.runtime.api.ConfigDef;

/**
 * The k-anonymity floor every aggregate output applies: a zone, cell or flow seen by fewer than k distinct
 * devices is suppressed, so no published number can single out one or two shoppers.
 */
public final class KAnonymity {
    public static final String CONFIG = "kAnonymity";
    public static final int DEFAULT_K = 5;

    private KAnonymity() {
    }

    public static ConfigDef config() {
        return ConfigDef.builder(CONFIG, ConfigDef.Type.INTEGER).label("k-anonymity floor")
                .description("Suppress any zone, cell or flow seen by fewer than this many distinct devices (1: off).")
                .defaultValue(DEFAULT_K).range(1, 1000).group("Privacy").build();
    }

    public static boolean publishable(long distinctDevices, int k) {
        return distinctDevices >= k;
    }
}
