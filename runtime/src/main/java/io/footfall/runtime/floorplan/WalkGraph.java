package io.footfall.runtime.floorplan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where people can walk: a lattice of nodes over the walkway zones (corridors, food courts, entrance
 * halls), plus one node per zone door and per mall entrance, joined to the lattice nearby. No edge
 * passes through a wall or leaves the walkway zones. Shortest paths use A* and are then straightened
 * where a direct line is walkable, so people do not zig-zag along the lattice.
 */
public final class WalkGraph {
    /** Lattice spacing: fine enough for 3 m corridors, coarse enough to stay small for big malls. */
    public static final double SPACING_M = 1.5;
    /** Doors and mall entrances join lattice nodes up to this far away. */
    private static final double LINK_RADIUS_M = 3.0;
    /** Straight walks are checked against the zones every this many meters. */
    private static final double SAMPLE_STEP_M = 0.5;

    private final ZoneIndex zones;
    private final WallIndex walls;
    private final double[] xs;
    private final double[] ys;
    private final int[][] neighbours;
    private final int latticeCount;
    private final UniformGrid latticeGrid;
    private final Map<String, int[]> doorNodes;
    private final Map<String, Integer> entranceNodes;
    private final Map<Long, WalkPath> pathCache = new ConcurrentHashMap<>();

    WalkGraph(Floorplan plan, ZoneIndex zones, WallIndex walls) {
        this.zones = zones;
        this.walls = walls;
        List<Point> nodes = new ArrayList<>();
        Map<Long, Integer> latticeAt = new HashMap<>();
        int cols = (int) Math.ceil(plan.width() / SPACING_M);
        int rows = (int) Math.ceil(plan.height() / SPACING_M);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double x = (c + 0.5) * SPACING_M;
                double y = (r + 0.5) * SPACING_M;
                Zone z = zones.zoneAt(x, y);
                if (z != null && z.kind().isWalkway() && Geometry.distanceToBoundary(z.polygon(), x, y) > 0.2) {
                    latticeAt.put(key(c, r), nodes.size());
                    nodes.add(new Point(x, y));
                }
            }
        }
        latticeCount = nodes.size();
        List<List<Integer>> adjacency = new ArrayList<>();
        for (int i = 0; i < latticeCount; i++) {
            adjacency.add(new ArrayList<>(8));
        }
        int[][] steps = {{1, 0}, {0, 1}, {1, 1}, {1, -1}};
        for (Map.Entry<Long, Integer> e : latticeAt.entrySet()) {
            int c = (int) (e.getKey() >> 32);
            int r = (int) (long) e.getKey();
            for (int[] s : steps) {
                Integer other = latticeAt.get(key(c + s[0], r + s[1]));
                if (other != null && walkable(nodes.get(e.getValue()), nodes.get(other))) {
                    adjacency.get(e.getValue()).add(other);
                    adjacency.get(other).add(e.getValue());
                }
            }
        }
        Bounds area = new Bounds(0, 0, plan.width(), plan.height());
        latticeGrid = new UniformGrid(area, LINK_RADIUS_M,
                nodes.stream().map(p -> new Bounds(p.x(), p.y(), p.x(), p.y())).toList());
        doorNodes = new LinkedHashMap<>();
        for (Zone z : plan.zones()) {
            int[] ids = new int[z.entrances().size()];
            for (int d = 0; d < ids.length; d++) {
                ids[d] = addLinkedNode(z.entrances().get(d), nodes, adjacency);
            }
            doorNodes.put(z.id(), ids);
        }
        entranceNodes = new LinkedHashMap<>();
        for (MallEntrance e : plan.entrances()) {
            entranceNodes.put(e.id(), addLinkedNode(e.position(), nodes, adjacency));
        }
        xs = nodes.stream().mapToDouble(Point::x).toArray();
        ys = nodes.stream().mapToDouble(Point::y).toArray();
        neighbours = adjacency.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    private static long key(int c, int r) {
        return ((long) c << 32) | (r & 0xffffffffL);
    }

    private int addLinkedNode(Point p, List<Point> nodes, List<List<Integer>> adjacency) {
        int id = nodes.size();
        nodes.add(p);
        adjacency.add(new ArrayList<>());
        for (int lattice : latticeNear(p, nodes)) {
            if (!walls.blocksWalking(p.x(), p.y(), nodes.get(lattice).x(), nodes.get(lattice).y())) {
                adjacency.get(id).add(lattice);
                adjacency.get(lattice).add(id);
            }
        }
        return id;
    }

    private List<Integer> latticeNear(Point p, List<Point> nodes) {
        List<Integer> near = new ArrayList<>();
        int c0 = latticeGrid.col(p.x() - LINK_RADIUS_M);
        int c1 = latticeGrid.col(p.x() + LINK_RADIUS_M);
        int r0 = latticeGrid.row(p.y() - LINK_RADIUS_M);
        int r1 = latticeGrid.row(p.y() + LINK_RADIUS_M);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                for (int i : latticeGrid.itemsIn(c, r)) {
                    if (nodes.get(i).distanceTo(p) <= LINK_RADIUS_M) {
                        near.add(i);
                    }
                }
            }
        }
        near.sort(null);
        return near;
    }

    /**
     * True when a straight walk from a to b crosses no wall and stays in walkway zones (apart from
     * the first and last half meter, where a walk leaves or enters a door).
     */
    public boolean walkable(Point a, Point b) {
        if (walls.blocksWalking(a.x(), a.y(), b.x(), b.y())) {
            return false;
        }
        double len = a.distanceTo(b);
        int samples = (int) Math.ceil(len / SAMPLE_STEP_M);
        for (int i = 1; i < samples; i++) {
            double t = (double) i / samples;
            double along = t * len;
            if (along < 0.6 || len - along < 0.6) {
                continue;
            }
            Zone z = zones.zoneAt(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t);
            if (z == null || !z.kind().isWalkway()) {
                return false;
            }
        }
        return true;
    }

    public int nodeCount() {
        return xs.length;
    }

    public Point node(int id) {
        return new Point(xs[id], ys[id]);
    }

    /** The node of door {@code door} of zone {@code zoneId}; -1 when there is no such door. */
    public int doorNode(String zoneId, int door) {
        int[] ids = doorNodes.get(zoneId);
        return ids == null || door < 0 || door >= ids.length ? -1 : ids[door];
    }

    /** The node of a mall entrance; -1 when there is none with that id. */
    public int entranceNode(String entranceId) {
        return entranceNodes.getOrDefault(entranceId, -1);
    }

    /** The nearest lattice node that can be walked to in a straight line from p; -1 when none within reach. */
    public int nearestWalkwayNode(Point p) {
        List<Point> view = new java.util.AbstractList<>() {
            @Override
            public Point get(int i) {
                return new Point(xs[i], ys[i]);
            }

            @Override
            public int size() {
                return latticeCount;
            }
        };
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int i : latticeNear(p, view)) {
            double d = Math.hypot(xs[i] - p.x(), ys[i] - p.y());
            if (d < bestD && !walls.blocksWalking(p.x(), p.y(), xs[i], ys[i])) {
                best = i;
                bestD = d;
            }
        }
        return best;
    }

    /** The shortest walk between two nodes, or {@code null} when no walk connects them. Cached. */
    public WalkPath shortestPath(int from, int to) {
        long k = ((long) from << 32) | (to & 0xffffffffL);
        WalkPath cached = pathCache.get(k);
        if (cached == null) {
            cached = search(from, to);
            if (cached != null) {
                pathCache.put(k, cached);
            }
        }
        return cached;
    }

    private WalkPath search(int from, int to) {
        int n = xs.length;
        double[] g = new double[n];
        int[] came = new int[n];
        boolean[] closed = new boolean[n];
        Arrays.fill(g, Double.POSITIVE_INFINITY);
        g[from] = 0;
        came[from] = -1;
        PriorityQueue<double[]> open = new PriorityQueue<>((p, q) -> Double.compare(p[0], q[0]) != 0
                ? Double.compare(p[0], q[0]) : Double.compare(p[1], q[1]));
        open.add(new double[] {heuristic(from, to), from});
        while (!open.isEmpty()) {
            int u = (int) open.poll()[1];
            if (closed[u]) {
                continue;
            }
            if (u == to) {
                return straighten(reconstruct(came, to));
            }
            closed[u] = true;
            for (int v : neighbours[u]) {
                double cand = g[u] + Math.hypot(xs[v] - xs[u], ys[v] - ys[u]);
                if (cand < g[v]) {
                    g[v] = cand;
                    came[v] = u;
                    open.add(new double[] {cand + heuristic(v, to), v});
                }
            }
        }
        return null;
    }

    private double heuristic(int a, int b) {
        return Math.hypot(xs[b] - xs[a], ys[b] - ys[a]);
    }

    private List<Point> reconstruct(int[] came, int to) {
        List<Point> reversed = new ArrayList<>();
        for (int v = to; v != -1; v = came[v]) {
            reversed.add(new Point(xs[v], ys[v]));
        }
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    /** Greedy line-of-sight smoothing: from each kept point jump to the farthest point still walkable. */
    private WalkPath straighten(List<Point> raw) {
        List<Point> out = new ArrayList<>();
        int i = 0;
        out.add(raw.get(0));
        while (i < raw.size() - 1) {
            int j = raw.size() - 1;
            while (j > i + 1 && !walkable(raw.get(i), raw.get(j))) {
                j--;
            }
            out.add(raw.get(j));
            i = j;
        }
        double length = 0;
        for (int k = 1; k < out.size(); k++) {
            length += out.get(k - 1).distanceTo(out.get(k));
        }
        return new WalkPath(out, length);
    }
}
