package io.footfall.runtime.floorplan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where people can walk: a lattice of nodes over the walkway zones (corridors, food courts, entrance
 * halls), plus one node per zone door and per mall entrance, joined to the lattice nearby. No edge
 * passes through a wall or leaves the walkway zones. Shortest paths come from Dijkstra trees and are then straightened
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
    private final Map<Integer, int[]> trees = new ConcurrentHashMap<>();

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

    /**
     * The shortest walk between two nodes, or {@code null} when no walk connects them. Walks are cached,
     * and so is each source's shortest-path tree: a mall has a few hundred doors and every shopper walks
     * between them, so one Dijkstra per door answers all their walks.
     */
    public WalkPath shortestPath(int from, int to) {
        long k = ((long) from << 32) | (to & 0xffffffffL);
        WalkPath cached = pathCache.get(k);
        if (cached == null) {
            List<Point> raw;
            int[] reverseTree = trees.get(to);
            if (reverseTree == null && !trees.containsKey(from) && from < latticeCount && to >= latticeCount) {
                // Grow trees from doors and entrances, which many walks share, not from one-off lattice points.
                reverseTree = trees.computeIfAbsent(to, this::dijkstra);
            }
            if (reverseTree != null && !trees.containsKey(from)) {
                // The graph is undirected: the tree grown from the destination serves; its route from
                // {@code from} back to its root already runs from -> to.
                raw = route(reverseTree, from);
            } else {
                raw = route(trees.computeIfAbsent(from, this::dijkstra), to);
                if (raw != null) {
                    java.util.Collections.reverse(raw);
                }
            }
            if (raw == null) {
                return null;
            }
            cached = straighten(raw);
            pathCache.put(k, cached);
        }
        return cached;
    }

    /** Nodes from {@code target} back to the tree's root, or null when the tree does not reach it. */
    private List<Point> route(int[] parents, int target) {
        if (parents[target] == UNREACHED) {
            return null;
        }
        List<Point> points = new ArrayList<>();
        for (int v = target; v != ROOT; v = parents[v]) {
            points.add(new Point(xs[v], ys[v]));
        }
        return points;
    }

    private static final int ROOT = -1;
    private static final int UNREACHED = -2;

    /** Shortest-path tree from {@code source}: each node's parent, {@link #ROOT} or {@link #UNREACHED}. */
    private int[] dijkstra(int source) {
        int n = xs.length;
        double[] dist = new double[n];
        int[] parent = new int[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        Arrays.fill(parent, UNREACHED);
        dist[source] = 0;
        parent[source] = ROOT;
        boolean[] done = new boolean[n];
        NodeHeap open = new NodeHeap(256);
        open.push(source, 0);
        while (!open.isEmpty()) {
            int u = open.pop();
            if (done[u]) {
                continue;
            }
            done[u] = true;
            for (int v : neighbours[u]) {
                double cand = dist[u] + Math.hypot(xs[v] - xs[u], ys[v] - ys[u]);
                if (cand < dist[v]) {
                    dist[v] = cand;
                    parent[v] = u;
                    open.push(v, cand);
                }
            }
        }
        return parent;
    }

    /** A binary min-heap of (node, priority) pairs; stale entries are skipped by the caller. */
    private static final class NodeHeap {
        private int[] nodes;
        private double[] keys;
        private int size;

        NodeHeap(int capacity) {
            nodes = new int[capacity];
            keys = new double[capacity];
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(int node, double key) {
            if (size == nodes.length) {
                nodes = Arrays.copyOf(nodes, size * 2);
                keys = Arrays.copyOf(keys, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (keys[parent] < key || (keys[parent] == key && nodes[parent] <= node)) {
                    break;
                }
                nodes[i] = nodes[parent];
                keys[i] = keys[parent];
                i = parent;
            }
            nodes[i] = node;
            keys[i] = key;
        }

        int pop() {
            int top = nodes[0];
            int lastNode = nodes[--size];
            double lastKey = keys[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && (keys[child + 1] < keys[child]
                        || (keys[child + 1] == keys[child] && nodes[child + 1] < nodes[child]))) {
                    child++;
                }
                if (lastKey < keys[child] || (lastKey == keys[child] && lastNode <= nodes[child])) {
                    break;
                }
                nodes[i] = nodes[child];
                keys[i] = keys[child];
                i = child;
            }
            nodes[i] = lastNode;
            keys[i] = lastKey;
            return top;
        }
    }

    /**
     * Line-of-sight smoothing: from each kept point, go straight to the farthest following point that can
     * be walked to directly, found by doubling then bisecting (a few checks instead of one per node), and
     * continue from there. Only checked straight walks are kept, so the result never cuts a corner.
     */
    private WalkPath straighten(List<Point> raw) {
        List<Point> out = new ArrayList<>();
        int last = raw.size() - 1;
        int i = 0;
        out.add(raw.get(0));
        while (i < last) {
            int good = i + 1;
            int bad = -1;
            for (int step = 2; bad < 0 && good < last; step *= 2) {
                int probe = Math.min(last, i + step);
                if (walkable(raw.get(i), raw.get(probe))) {
                    good = probe;
                } else {
                    bad = probe;
                }
            }
            while (bad > good + 1) {
                int mid = (good + bad) >>> 1;
                if (walkable(raw.get(i), raw.get(mid))) {
                    good = mid;
                } else {
                    bad = mid;
                }
            }
            out.add(raw.get(good));
            i = good;
        }
        double length = 0;
        for (int k = 1; k < out.size(); k++) {
            length += out.get(k - 1).distanceTo(out.get(k));
        }
        return new WalkPath(out, length);
    }
}
