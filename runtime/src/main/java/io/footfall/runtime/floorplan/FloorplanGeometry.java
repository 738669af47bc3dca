package io.footfall.runtime.floorplan;

/**
 * The geometry a floorplan needs at run time, built once: which zone a point is in, the walls a
 * straight line crosses (radio attenuation, walking) and the walkable graph with shortest paths.
 * Safe to share between threads.
 */
public final class FloorplanGeometry {
    private final Floorplan plan;
    private final ZoneIndex zones;
    private final WallIndex walls;
    private volatile WalkGraph walkGraph;

    private FloorplanGeometry(Floorplan plan) {
        this.plan = plan;
        this.zones = new ZoneIndex(plan);
        this.walls = new WallIndex(plan);
    }

    public static FloorplanGeometry of(Floorplan plan) {
        return new FloorplanGeometry(plan);
    }

    public Floorplan plan() {
        return plan;
    }

    /** The zone at (x, y), or {@code null} outside every zone. */
    public Zone zoneAt(double x, double y) {
        return zones.zoneAt(x, y);
    }

    public Zone zoneAt(Point p) {
        return zones.zoneAt(p);
    }

    /** Radio attenuation between two points: the sum of {@code attenuationDb} of the walls the line crosses. */
    public double attenuationDb(Point a, Point b) {
        return walls.attenuationDb(a.x(), a.y(), b.x(), b.y());
    }

    public double attenuationDb(double ax, double ay, double bx, double by) {
        return walls.attenuationDb(ax, ay, bx, by);
    }

    /**
     * A fast attenuation lookup from one fixed point (a sensor) to any point within {@code range}
     * meters; beyond the range it may miss walls. Same results as {@link #attenuationDb(Point, Point)}.
     */
    public WallFan wallFan(Point origin, double range) {
        return new WallFan(origin, plan.walls(), range);
    }

    /** Whether a straight walk from a to b goes through a wall (touching at a or b, a door, is allowed). */
    public boolean wallBlocks(Point a, Point b) {
        return walls.blocksWalking(a.x(), a.y(), b.x(), b.y());
    }

    /** The walkable graph, built on first use (it samples the whole plan). */
    public WalkGraph walkGraph() {
        WalkGraph g = walkGraph;
        if (g == null) {
            synchronized (this) {
                g = walkGraph;
                if (g == null) {
                    g = new WalkGraph(plan, zones, walls);
                    walkGraph = g;
                }
            }
        }
        return g;
    }
}
