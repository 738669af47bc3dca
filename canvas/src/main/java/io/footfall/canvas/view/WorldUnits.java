package io.footfall.canvas.view;

/**
 * The canvas draws in world units of a tenth of a meter, so that at zoom 1 a stage node of 170 units is
 * 17 m wide over the floorplan and text sizes are ordinary pixel sizes. Models stay in meters.
 */
public final class WorldUnits {
    public static final double PER_METER = 10;

    private WorldUnits() {
    }

    public static double toWorld(double meters) {
        return meters * PER_METER;
    }

    public static double toMeters(double world) {
        return world / PER_METER;
    }
}
