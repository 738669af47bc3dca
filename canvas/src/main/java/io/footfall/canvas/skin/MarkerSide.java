package io.footfall.canvas.skin;

/** Where a compact node's name marker sits against its box. */
public enum MarkerSide { BELOW, ABOVE, RIGHT, LEFT }
