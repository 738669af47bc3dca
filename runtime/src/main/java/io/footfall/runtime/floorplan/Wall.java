package io.footfall.runtime.floorplan;

import java.util.Objects;

/** A wall segment: blocks walking and weakens every radio signal that crosses it by {@code attenuationDb}. */
public record Wall(Point from, Point to, double attenuationDb) {

    public Wall {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public double length() {
        return from.distanceTo(to);
    }
}
