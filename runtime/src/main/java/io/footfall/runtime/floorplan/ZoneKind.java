package io.footfall.runtime.floorplan;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a zone is used for; the JSON spelling is the lower-case name. */
public enum ZoneKind {
    STORE, CORRIDOR, FOODCOURT, ENTRANCE, SERVICE;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Zones people walk through between stores (the walkable graph runs inside these). */
    public boolean isWalkway() {
        return this == CORRIDOR || this == FOODCOURT || this == ENTRANCE;
    }

    /** Zones whose stays are visits (CONTRACT section 3, visits.csv). */
    public boolean isVisited() {
        return this == STORE || this == FOODCOURT;
    }

    public static Optional<ZoneKind> fromJson(String name) {
        return Arrays.stream(values()).filter(k -> k.jsonName().equals(name)).findFirst();
    }
}
