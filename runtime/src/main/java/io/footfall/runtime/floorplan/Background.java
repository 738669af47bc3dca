package io.footfall.runtime.floorplan;

import java.util.Objects;

/** A raster underlay drawn beneath the zones; {@code image} is relative to the floorplan file. */
public record Background(String image, double metersPerPixel) {

    public Background {
        Objects.requireNonNull(image, "image");
    }
}
