package io.footfall.runtime.analytics.positioning;

/**
 * Where a person can be: a bounding rectangle plus a finer test (zones of a floorplan, an occupancy
 * grid). Positioning never places anyone outside it, and the tracking filter never moves anyone
 * through the parts that are not walkable.
 */
public interface WalkableArea {

    double minX();

    double minY();

    double maxX();

    double maxY();

    /** Whether a person can stand at (x, y); only asked for points inside the bounds. */
    boolean walkable(double x, double y);

    /** Everything inside the rectangle is walkable: a plain room, or a plan known only by its size. */
    static WalkableArea rectangle(double minX, double minY, double maxX, double maxY) {
        if (!(maxX > minX && maxY > minY)) {
            throw new IllegalArgumentException("an area needs maxX > minX and maxY > minY, got ["
                    + minX + ", " + minY + ", " + maxX + ", " + maxY + "]");
        }
        return new WalkableArea() {
            @Override
            public double minX() {
                return minX;
            }

            @Override
            public double minY() {
                return minY;
            }

            @Override
            public double maxX() {
                return maxX;
            }

            @Override
            public double maxY() {
                return maxY;
            }

            @Override
            public boolean walkable(double x, double y) {
                return true;
            }
        };
    }
}
