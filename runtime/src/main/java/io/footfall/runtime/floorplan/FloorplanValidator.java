package io.footfall.runtime.floorplan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The geometric and referential rules of CONTRACT.md section 1: at least 3 points per polygon, no
 * self-intersecting or overlapping zones, unique ids, doors on their zone's boundary, and mall entrances
 * and sensors inside the plan. Problems name the JSON path of the offending element.
 */
public final class FloorplanValidator {
    /** How far a door or a mall entrance may sit from the zone edge it belongs to (drawing slack). */
    public static final double DOOR_TOLERANCE_M = 1.0;

    private final Floorplan plan;
    private final List<FloorplanProblem> problems = new ArrayList<>();

    private FloorplanValidator(Floorplan plan) {
        this.plan = plan;
    }

    public static List<FloorplanProblem> validate(Floorplan plan) {
        FloorplanValidator v = new FloorplanValidator(plan);
        v.run();
        return List.copyOf(v.problems);
    }

    /** Throws a {@link FloorplanException} naming {@code source} when the plan breaks any rule. */
    public static void requireValid(Floorplan plan, String source) {
        List<FloorplanProblem> problems = validate(plan);
        if (!problems.isEmpty()) {
            throw new FloorplanException(source, problems);
        }
    }

    private void run() {
        checkDuplicateIds();
        boolean[] usable = new boolean[plan.zones().size()];
        for (int i = 0; i < plan.zones().size(); i++) {
            usable[i] = checkPolygon(i);
        }
        checkOverlaps(usable);
        for (int i = 0; i < plan.zones().size(); i++) {
            if (usable[i]) {
                checkDoors(i);
            }
        }
        for (int i = 0; i < plan.entrances().size(); i++) {
            checkInsidePlan(plan.entrances().get(i).position(), "$.entrances[" + i + "].position", "mall entrance", DOOR_TOLERANCE_M);
        }
        for (int i = 0; i < plan.sensors().size(); i++) {
            checkInsidePlan(plan.sensors().get(i).position(), "$.sensors[" + i + "].position", "sensor", Geometry.EPSILON);
        }
    }

    private void checkDuplicateIds() {
        duplicates("zones", plan.zones().stream().map(Zone::id).toList());
        duplicates("entrances", plan.entrances().stream().map(MallEntrance::id).toList());
        duplicates("sensors", plan.sensors().stream().map(Sensor::id).toList());
    }

    private void duplicates(String list, List<String> ids) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Integer earlier = first.putIfAbsent(ids.get(i), i);
            if (earlier != null) {
                problem("$." + list + "[" + i + "].id", "duplicate id \"" + ids.get(i) + "\" (first used at $." + list + "[" + earlier + "])");
            }
        }
    }

    private boolean checkPolygon(int index) {
        String path = "$.zones[" + index + "].polygon";
        List<Point> poly = plan.zones().get(index).polygon();
        if (poly.size() < 3) {
            problem(path, poly.size() + " point" + (poly.size() == 1 ? "" : "s") + "; a polygon needs at least 3");
            return false;
        }
        for (int j = 0; j < poly.size(); j++) {
            Point p = poly.get(j);
            if (!insideBounds(p, Geometry.EPSILON)) {
                problem(path + "[" + j + "]", "point " + p + " is outside the plan (width " + Geometry.formatNumber(plan.width())
                        + ", height " + Geometry.formatNumber(plan.height()) + ")");
                return false;
            }
        }
        int n = poly.size();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                boolean adjacent = b == a + 1 || (a == 0 && b == n - 1);
                if (adjacent) {
                    continue;
                }
                Point a1 = poly.get(a);
                Point a2 = poly.get((a + 1) % n);
                Point b1 = poly.get(b);
                Point b2 = poly.get((b + 1) % n);
                if (Geometry.segmentsIntersect(a1.x(), a1.y(), a2.x(), a2.y(), b1.x(), b1.y(), b2.x(), b2.y())) {
                    problem(path, "self-intersecting: edge " + a1 + "-" + a2 + " meets edge " + b1 + "-" + b2);
                    return false;
                }
            }
        }
        if (Math.abs(Geometry.signedArea(poly)) < Geometry.EPSILON) {
            problem(path, "the polygon has no area");
            return false;
        }
        return true;
    }

    /** Sweep over zones sorted by left edge so that only zones whose boxes overlap are compared. */
    private void checkOverlaps(boolean[] usable) {
        List<Integer> order = new ArrayList<>();
        List<Bounds> bounds = new ArrayList<>();
        for (int i = 0; i < plan.zones().size(); i++) {
            bounds.add(usable[i] ? plan.zones().get(i).bounds() : null);
            if (usable[i]) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble(i -> bounds.get(i).minX()));
        for (int oi = 0; oi < order.size(); oi++) {
            int i = order.get(oi);
            Bounds bi = bounds.get(i);
            for (int oj = oi + 1; oj < order.size(); oj++) {
                int j = order.get(oj);
                Bounds bj = bounds.get(j);
                if (bj.minX() >= bi.maxX()) {
                    break;
                }
                if (bi.intersects(bj) && ZoneOverlap.overlaps(plan.zones().get(i).polygon(), plan.zones().get(j).polygon())) {
                    int later = Math.max(i, j);
                    int earlier = Math.min(i, j);
                    problem("$.zones[" + later + "].polygon", "zone \"" + plan.zones().get(later).id() + "\" overlaps zone \""
                            + plan.zones().get(earlier).id() + "\" ($.zones[" + earlier + "])");
                }
            }
        }
    }

    private void checkDoors(int index) {
        Zone zone = plan.zones().get(index);
        for (int j = 0; j < zone.entrances().size(); j++) {
            Point door = zone.entrances().get(j);
            if (Geometry.distanceToBoundary(zone.polygon(), door.x(), door.y()) > DOOR_TOLERANCE_M) {
                problem("$.zones[" + index + "].entrances[" + j + "]", "door " + door + " is not on the boundary of zone \"" + zone.id() + "\"");
            }
        }
    }

    private void checkInsidePlan(Point p, String path, String what, double tolerance) {
        if (!insideBounds(p, Geometry.EPSILON)) {
            problem(path, what + " at " + p + " is outside the plan (width " + Geometry.formatNumber(plan.width())
                    + ", height " + Geometry.formatNumber(plan.height()) + ")");
            return;
        }
        for (Zone z : plan.zones()) {
            if (z.polygon().size() >= 3 && (z.contains(p.x(), p.y())
                    || Geometry.distanceToBoundary(z.polygon(), p.x(), p.y()) <= tolerance)) {
                return;
            }
        }
        problem(path, what + " at " + p + " is outside the plan (in no zone)");
    }

    private boolean insideBounds(Point p, double slack) {
        return p.x() >= -slack && p.y() >= -slack && p.x() <= plan.width() + slack && p.y() <= plan.height() + slack;
    }

    private void problem(String path, String message) {
        problems.add(new FloorplanProblem(path, message));
    }
}
