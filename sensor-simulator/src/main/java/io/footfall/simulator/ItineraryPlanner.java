package io.footfall.simulator;

import io.footfall.runtime.floorplan.FloorplanGeometry;
import io.footfall.runtime.floorplan.Geometry;
import io.footfall.runtime.floorplan.MallEntrance;
import io.footfall.runtime.floorplan.Point;
import io.footfall.runtime.floorplan.WalkGraph;
import io.footfall.runtime.floorplan.WalkPath;
import io.footfall.runtime.floorplan.Zone;
import io.footfall.runtime.floorplan.ZoneKind;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plans where a person goes: a shopper enters at a mall entrance, visits a few stores chosen by
 * attractiveness (floor area and a per-store popularity) and perhaps the food court, walking the
 * corridor graph between them, lingers in each for a log-normal time, and leaves by an entrance.
 * Staff spend the whole run inside their store.
 */
final class ItineraryPlanner {
    /** Median dwell in a store and its log-normal σ (a quick look to a long browse). */
    private static final double STORE_DWELL_MEDIAN_MS = 7 * 60_000;
    private static final double STORE_DWELL_SIGMA = 0.8;
    private static final double FOOD_DWELL_MEDIAN_MS = 18 * 60_000;
    private static final double FOOD_DWELL_SIGMA = 0.45;
    /** Share of all destination weight the food courts get together (about one shopper in four eats). */
    private static final double FOOD_COURT_SHARE = 0.2;
    /** People keep this far from a zone's edge while inside it. */
    private static final double INNER_MARGIN_M = 1.0;

    private final FloorplanGeometry geo;
    private final WalkGraph graph;
    private final List<Zone> destinations = new ArrayList<>();
    private final double[] cumulativeWeight;
    private final long endMs;

    ItineraryPlanner(FloorplanGeometry geo, long endMs, SplittableRandom popularity) {
        this.geo = geo;
        this.graph = geo.walkGraph();
        this.endMs = endMs;
        List<Double> weights = new ArrayList<>();
        double storeTotal = 0;
        List<Zone> foodCourts = new ArrayList<>();
        for (Zone z : geo.plan().zones()) {
            if (z.kind() == ZoneKind.STORE && !z.entrances().isEmpty() && reachable(z)) {
                double w = Math.pow(z.area(), 0.8) * Math.exp(0.5 * popularity.nextGaussian());
                destinations.add(z);
                weights.add(w);
                storeTotal += w;
            } else if (z.kind() == ZoneKind.FOODCOURT) {
                foodCourts.add(z);
            }
        }
        for (Zone fc : foodCourts) {
            destinations.add(fc);
            weights.add(storeTotal * FOOD_COURT_SHARE / foodCourts.size());
        }
        cumulativeWeight = new double[weights.size()];
        double sum = 0;
        for (int i = 0; i < weights.size(); i++) {
            sum += weights.get(i);
            cumulativeWeight[i] = sum;
        }
    }

    private boolean reachable(Zone z) {
        if (geo.plan().entrances().isEmpty()) {
            return false;
        }
        int gate = graph.entranceNode(geo.plan().entrances().get(0).id());
        return graph.shortestPath(gate, graph.doorNode(z.id(), 0)) != null;
    }

    List<Zone> storesWithDoors() {
        return destinations.stream().filter(z -> z.kind() == ZoneKind.STORE).toList();
    }

    Track shopper(double arrivalMs, SplittableRandom rnd) {
        List<MallEntrance> gates = geo.plan().entrances();
        MallEntrance gate = gates.get(rnd.nextInt(gates.size()));
        int node = graph.entranceNode(gate.id());
        TrackBuilder track = new TrackBuilder(arrivalMs, gate.position());
        double speed = Math.max(0.5, Math.min(2.2, 1.34 + 0.26 * rnd.nextGaussian()));
        for (Zone stop : orderByProximity(chooseStops(rnd), gate.position())) {
            if (track.now() > endMs) {
                break;
            }
            node = stop.kind() == ZoneKind.FOODCOURT ? eatAt(stop, node, track, speed, rnd) : shopAt(stop, node, track, speed, rnd);
        }
        MallEntrance exit = rnd.nextDouble() < 0.7 ? gate : gates.get(rnd.nextInt(gates.size()));
        WalkPath out = graph.shortestPath(node, graph.entranceNode(exit.id()));
        if (out != null) {
            track.walk(out, speed);
        }
        return track.build();
    }

    Track staff(Zone store, long startMs, SplittableRandom rnd) {
        Point door = store.entrances().get(0);
        Point at = innerPoint(store, door, rnd);
        TrackBuilder track = new TrackBuilder(startMs, at);
        while (track.now() <= endMs) {
            track.stay(180_000 + rnd.nextDouble() * 720_000);
            track.walkTo(innerPoint(store, track.here(), rnd), 1.0);
        }
        return track.build();
    }

    private List<Zone> chooseStops(SplittableRandom rnd) {
        int wanted = Math.min(destinations.size(), 1 + poisson(2.2, rnd));
        List<Zone> chosen = new ArrayList<>();
        boolean ate = false;
        for (int attempt = 0; chosen.size() < wanted && attempt < wanted * 10; attempt++) {
            double r = rnd.nextDouble() * cumulativeWeight[cumulativeWeight.length - 1];
            int i = java.util.Arrays.binarySearch(cumulativeWeight, r);
            Zone z = destinations.get(i >= 0 ? i : Math.min(-i - 1, destinations.size() - 1));
            if (chosen.contains(z) || (z.kind() == ZoneKind.FOODCOURT && ate)) {
                continue;
            }
            ate |= z.kind() == ZoneKind.FOODCOURT;
            chosen.add(z);
        }
        return chosen;
    }

    /** Nearest-first ordering: people do not zig-zag across the mall more than they must. */
    private static List<Zone> orderByProximity(List<Zone> stops, Point from) {
        List<Zone> left = new ArrayList<>(stops);
        List<Zone> ordered = new ArrayList<>();
        Point here = from;
        while (!left.isEmpty()) {
            Zone best = null;
            double bestD = Double.POSITIVE_INFINITY;
            for (Zone z : left) {
                Point p = z.entrances().isEmpty() ? Geometry.centroid(z.polygon()) : z.entrances().get(0);
                double d = p.distanceTo(here);
                if (d < bestD) {
                    bestD = d;
                    best = z;
                }
            }
            left.remove(best);
            ordered.add(best);
            here = best.entrances().isEmpty() ? Geometry.centroid(best.polygon()) : best.entrances().get(0);
        }
        return ordered;
    }

    private int shopAt(Zone store, int fromNode, TrackBuilder track, double speed, SplittableRandom rnd) {
        int doorIndex = rnd.nextInt(store.entrances().size());
        int doorNode = graph.doorNode(store.id(), doorIndex);
        WalkPath in = graph.shortestPath(fromNode, doorNode);
        if (in == null) {
            return fromNode;
        }
        track.walk(in, speed);
        double dwell = logNormal(STORE_DWELL_MEDIAN_MS, STORE_DWELL_SIGMA, rnd);
        browse(store, track, dwell, speed * 0.6, rnd);
        track.walkTo(store.entrances().get(doorIndex), speed * 0.6);
        return doorNode;
    }

    private int eatAt(Zone court, int fromNode, TrackBuilder track, double speed, SplittableRandom rnd) {
        Point seat = innerPoint(court, Geometry.centroid(court.polygon()), rnd);
        int seatNode = graph.nearestWalkwayNode(seat);
        WalkPath in = seatNode < 0 ? null : graph.shortestPath(fromNode, seatNode);
        if (in == null) {
            return fromNode;
        }
        track.walk(in, speed);
        track.walkTo(seat, speed);
        track.stay(logNormal(FOOD_DWELL_MEDIAN_MS, FOOD_DWELL_SIGMA, rnd));
        track.walkTo(graph.node(seatNode), speed);
        return seatNode;
    }

    /** A few stops inside a zone, walking slowly between them, for {@code dwellMs} in all. */
    private void browse(Zone zone, TrackBuilder track, double dwellMs, double speed, SplittableRandom rnd) {
        int stops = 1 + rnd.nextInt(3);
        for (int i = 0; i < stops; i++) {
            track.walkTo(innerPoint(zone, track.here(), rnd), speed);
            track.stay(dwellMs / stops);
        }
    }

    /**
     * A random point well inside the zone that can be walked to in a straight line from {@code from}
     * without crossing a wall or leaving the zone; a point just inside from {@code from} if none is found.
     */
    Point innerPoint(Zone zone, Point from, SplittableRandom rnd) {
        var b = zone.bounds();
        for (int attempt = 0; attempt < 30; attempt++) {
            double x = b.minX() + rnd.nextDouble() * b.width();
            double y = b.minY() + rnd.nextDouble() * b.height();
            if (Geometry.containsStrictly(zone.polygon(), x, y)
                    && Geometry.distanceToBoundary(zone.polygon(), x, y) >= INNER_MARGIN_M
                    && straightInside(zone, from, new Point(x, y))) {
                return new Point(Math.round(x * 100) / 100.0, Math.round(y * 100) / 100.0);
            }
        }
        Point c = Geometry.centroid(zone.polygon());
        double d = Math.max(1e-9, c.distanceTo(from));
        double step = Math.min(INNER_MARGIN_M, d);
        return new Point(from.x() + (c.x() - from.x()) / d * step, from.y() + (c.y() - from.y()) / d * step);
    }

    private boolean straightInside(Zone zone, Point a, Point b) {
        if (geo.wallBlocks(a, b)) {
            return false;
        }
        int samples = (int) Math.ceil(a.distanceTo(b) / 0.5);
        for (int i = 1; i < samples; i++) {
            double t = (double) i / samples;
            if (!Geometry.containsStrictly(zone.polygon(), a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t)) {
                return false;
            }
        }
        return true;
    }

    private static double logNormal(double median, double sigma, SplittableRandom rnd) {
        return median * Math.exp(sigma * rnd.nextGaussian());
    }

    private static int poisson(double mean, SplittableRandom rnd) {
        double limit = Math.exp(-mean);
        double p = rnd.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= rnd.nextDouble();
            k++;
        }
        return k;
    }
}
