package io.footfall.canvas.skin;

/**
 * Where a compact node's name marker sits against its box, in the order they are tried: centred under or
 * over it, beside it, then under or over it flush with one of its edges (the eight places a map tries).
 */
public enum MarkerSide {
    BELOW, ABOVE, RIGHT, LEFT, BELOW_FROM_LEFT, BELOW_FROM_RIGHT, ABOVE_FROM_LEFT, ABOVE_FROM_RIGHT;

    public boolean isBelow() {
        return this == BELOW || this == BELOW_FROM_LEFT || this == BELOW_FROM_RIGHT;
    }

    public boolean isAbove() {
        return this == ABOVE || this == ABOVE_FROM_LEFT || this == ABOVE_FROM_RIGHT;
    }
}
