package io.footfall.runtime.analytics.positioning;

import java.util.Locale;

/** The positioning methods a pipeline can choose. */
public enum PositioningMethod {
    WEIGHTED_CENTROID,
    TRILATERATION,
    GRID_FILTER,
    /** Needs a floorplan (zones and walls): only the positioning stage offers it. */
    RADIO_MAP;

    /** The default where there is no floorplan to build a radio map from (a room's own receivers). */
    public static final PositioningMethod DEFAULT = GRID_FILTER;

    /** "grid-filter", "weighted-centroid", "trilateration" (case and - or _ do not matter). */
    public static PositioningMethod parse(String name) {
        String key = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (PositioningMethod m : values()) {
            if (m.name().equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown positioning method '" + name + "'; expected one of "
                + "weighted-centroid, trilateration, grid-filter, radio-map");
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
