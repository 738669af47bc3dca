package io.footfall.runtime.floorplan;

import java.util.Objects;

/** Where shoppers arrive in and leave the mall. */
public record MallEntrance(String id, Point position) {

    public MallEntrance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(position, "position");
    }
}
