package io.footfall.canvas.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;

/**
 * A group that keeps its items in buckets by where they lie (square cells of the world), so that a picture of one
 * part of the world can leave the rest out. JavaFX's {@code Node.snapshot} culls nothing: every node below is
 * visited, transformed and handed to the rasteriser, whether or not it touches the picture. A 1600 × 2 px strip
 * of the 500-stage pipeline layer cost about what a 1600 × 31 one did (17-19 ms, BENCHMARKS.md run 10), which
 * made each strip of a pan's refill expensive. {@link #cullTo} makes the buckets whose bounds miss an area
 * transparent (opacity 0: not painted, skipped by the renderer as a whole), {@link #uncull} brings them back.
 * Opacity rather than visibility: it does not change any bounds, so nothing above is measured again.
 *
 * <p>An item stays in the bucket it was added to when it moves; the culling goes by the buckets' actual bounds,
 * so it stays right, only less selective. The items' drawing order holds within a bucket; across buckets it
 * follows the buckets' creation.
 */
public class SpatialGroup extends Group {
    private final double cell;
    private final Map<Long, Group> buckets = new HashMap<>();
    private final Map<Node, Group> bucketOf = new IdentityHashMap<>();
    private boolean culled;

    /** @param cell the side of a bucket's cell, in this group's (world) units */
    public SpatialGroup(double cell) {
        this.cell = cell;
    }

    /** Adds {@code item} (drawn above the items added before it to the same bucket) in the cell holding (x, y). */
    public void add(Node item, double x, double y) {
        long key = ((long) Math.floor(x / cell) << 32) ^ ((long) Math.floor(y / cell) & 0xffffffffL);
        Group bucket = buckets.computeIfAbsent(key, k -> {
            Group g = new Group();
            g.setOpacity(culled ? 0 : 1);
            getChildren().add(g);
            return g;
        });
        if (culled) {
            bucket.setOpacity(1); // the new item must not go missing from the live layer
        }
        bucket.getChildren().add(item);
        bucketOf.put(item, bucket);
    }

    /** Adds {@code item} in the cell holding the centre of its bounds. */
    public void add(Node item) {
        Bounds b = item.getBoundsInParent();
        add(item, b.isEmpty() ? 0 : b.getCenterX(), b.isEmpty() ? 0 : b.getCenterY());
    }

    public void remove(Node item) {
        Group bucket = bucketOf.remove(item);
        if (bucket != null) {
            bucket.getChildren().remove(item);
        }
    }

    public void clear() {
        bucketOf.clear();
        buckets.clear();
        getChildren().clear();
    }

    /** Every item, bucket by bucket. */
    public List<Node> items() {
        List<Node> all = new ArrayList<>(bucketOf.size());
        for (Node b : getChildren()) {
            all.addAll(((Group) b).getChildren());
        }
        return all;
    }

    /** How many buckets there are (for tests). */
    public int bucketCount() {
        return buckets.size();
    }

    /** How many buckets are left out right now (for tests). */
    public int culledBucketCount() {
        return (int) getChildren().stream().filter(b -> b.getOpacity() == 0).count();
    }

    /** Leaves out of the picture the buckets whose bounds miss {@code world} (this group's coordinates). */
    public void cullTo(Rectangle2D world) {
        culled = true;
        for (Node b : getChildren()) {
            Bounds bounds = b.getBoundsInParent();
            boolean meets = !bounds.isEmpty() && bounds.getMaxX() >= world.getMinX() && bounds.getMinX() <= world.getMaxX()
                    && bounds.getMaxY() >= world.getMinY() && bounds.getMinY() <= world.getMaxY();
            b.setOpacity(meets ? 1 : 0);
        }
    }

    /** Every bucket drawn again. */
    public void uncull() {
        if (!culled) {
            return;
        }
        culled = false;
        for (Node b : getChildren()) {
            b.setOpacity(1);
        }
    }
}
