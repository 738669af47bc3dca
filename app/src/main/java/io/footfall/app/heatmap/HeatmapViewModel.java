package io.footfall.app.heatmap;

import io.footfall.app.run.HeatGrid;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The heatmap layer's state: every bucket received during the run (so the time slider can replay them),
 * the bucket shown, whether replay is playing, how opaque the layer is and the display cell size (a multiple
 * of the pipeline's cell size: cells are summed into coarser ones). While live, new buckets are followed.
 */
public final class HeatmapViewModel {
    static final int MAX_BUCKETS = 2000;

    private final List<HeatGrid> buckets = new ArrayList<>();
    private final ReadOnlyIntegerWrapper bucketCount = new ReadOnlyIntegerWrapper(this, "bucketCount");
    private final IntegerProperty index = new SimpleIntegerProperty(this, "index", -1);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final BooleanProperty followLive = new SimpleBooleanProperty(this, "followLive", true);
    private final DoubleProperty opacity = new SimpleDoubleProperty(this, "opacity", 0.85);
    private final IntegerProperty cellFactor = new SimpleIntegerProperty(this, "cellFactor", 1);
    private final ReadOnlyObjectWrapper<HeatGrid> shown = new ReadOnlyObjectWrapper<>(this, "shown");

    public HeatmapViewModel() {
        index.addListener((o, a, b) -> refresh());
        cellFactor.addListener((o, a, b) -> refresh());
    }

    /**
     * Adds a bucket, or replaces the one with the same start (a filling bucket by its later state or by
     * the closed bucket). Buckets stay in time order.
     */
    public void add(HeatGrid grid) {
        int at = buckets.size();
        while (at > 0 && buckets.get(at - 1).from() >= grid.from()) {
            at--;
        }
        if (at < buckets.size() && buckets.get(at).from() == grid.from()) {
            buckets.set(at, grid);
        } else {
            buckets.add(at, grid);
            if (!followLive.get() && at <= index.get()) {
                index.set(index.get() + 1);
            }
        }
        if (buckets.size() > MAX_BUCKETS) {
            buckets.remove(0);
        }
        bucketCount.set(buckets.size());
        if (followLive.get() && !playing.get()) {
            index.set(buckets.size() - 1);
        }
        refresh();
    }

    public void clear() {
        buckets.clear();
        bucketCount.set(0);
        playing.set(false);
        followLive.set(true);
        index.set(-1);
        refresh();
    }

    /** One replay step: the next bucket, stopping at the newest one. Driven by the view's timeline. */
    public void step() {
        if (index.get() < buckets.size() - 1) {
            index.set(index.get() + 1);
        } else {
            playing.set(false);
            followLive.set(true);
        }
    }

    /** Play from the first bucket (or from where the slider is, when it is not at the end). */
    public void play() {
        if (buckets.isEmpty()) {
            return;
        }
        if (index.get() >= buckets.size() - 1) {
            index.set(0);
        }
        followLive.set(false);
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    /** The user moved the slider: stop following new buckets until they move back to the end. */
    public void seek(int i) {
        followLive.set(i >= buckets.size() - 1);
        index.set(Math.max(-1, Math.min(i, buckets.size() - 1)));
    }

    private void refresh() {
        int i = index.get();
        shown.set(i < 0 || i >= buckets.size() ? null : coarsen(buckets.get(i), cellFactor.get()));
    }

    /** Sums f×f cells into one, for a coarser display. */
    static HeatGrid coarsen(HeatGrid g, int f) {
        if (f <= 1) {
            return g;
        }
        int cols = (g.cols() + f - 1) / f;
        int rows = (g.rows() + f - 1) / f;
        double[][] v = new double[rows][cols];
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                v[r / f][c / f] += g.values()[r][c];
            }
        }
        return new HeatGrid(g.cellSize() * f, cols, rows, g.from(), g.to(), v, g.filling());
    }

    public ReadOnlyObjectProperty<HeatGrid> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty bucketCountProperty() {
        return bucketCount.getReadOnlyProperty();
    }

    public IntegerProperty indexProperty() {
        return index;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public DoubleProperty opacityProperty() {
        return opacity;
    }

    public IntegerProperty cellFactorProperty() {
        return cellFactor;
    }

    public List<HeatGrid> buckets() {
        return List.copyOf(buckets);
    }
}
