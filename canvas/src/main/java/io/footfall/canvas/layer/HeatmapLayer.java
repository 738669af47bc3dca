package io.footfall.canvas.layer;

import io.footfall.canvas.view.WorldUnits;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Group;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Foot-traffic intensity over the floorplan, drawn as one image of grid cells stretched (smoothly) over
 * the plan. The image wraps a {@link PixelBuffer} on a direct int buffer: an update writes one colour
 * lookup per cell and tells JavaFX the buffer changed — no nodes are created, so it can run every pulse.
 * Row 0 of the grid is the plan's top edge (y = 0). Call the update methods on the JavaFX thread.
 */
public final class HeatmapLayer extends Group {
    private final ImageView view = new ImageView();
    private final DoubleProperty heatOpacity = new SimpleDoubleProperty(this, "heatOpacity", 0.75);
    private final ReadOnlyDoubleWrapper shownMax = new ReadOnlyDoubleWrapper(this, "shownMax", 1);
    private ColorRamp ramp = ColorRamp.heat();
    private PixelBuffer<IntBuffer> pixels;
    /**
     * Our own view of the pixels: the renderer thread moves the shared buffer's position and limit while it
     * uploads a frame, which may overlap the next update on this thread.
     */
    private IntBuffer buffer;
    private int rows;
    private int cols;
    private double widthMeters = 100;
    private double heightMeters = 100;
    /** Values at or above this show the hottest colour; NaN scales each update to its own maximum. */
    private double fixedMax = Double.NaN;
    private long version;

    public HeatmapLayer() {
        view.setSmooth(true);
        view.setPreserveRatio(false);
        view.opacityProperty().bind(heatOpacity);
        view.setMouseTransparent(true);
        setMouseTransparent(true);
        getChildren().add(view);
        setVisible(false);
    }

    /** The area the grid covers, in meters (the floorplan's width and height). */
    public void setExtent(double widthMeters, double heightMeters) {
        this.widthMeters = widthMeters;
        this.heightMeters = heightMeters;
        view.setFitWidth(WorldUnits.toWorld(widthMeters));
        view.setFitHeight(WorldUnits.toWorld(heightMeters));
    }

    /** Shows a grid of non-negative values, {@code grid[row][col]}. */
    public void update(double[][] grid) {
        int r = grid.length;
        int c = r == 0 ? 0 : grid[0].length;
        ensureSize(r, c);
        double max = scaleMax(grid);
        int[] lut = ramp.table();
        double k = max > 0 ? 255.0 / max : 0;
        buffer.clear();
        for (double[] row : grid) {
            if (row.length != c) {
                throw new IllegalArgumentException("heatmap rows must all have " + c + " columns, one has " + row.length);
            }
            for (double v : row) {
                buffer.put(lut[index(v, k)]);
            }
        }
        publish(max);
    }

    /** Shows {@code rows × cols} values stored row by row. */
    public void update(float[] values, int rows, int cols) {
        if (values.length < rows * cols) {
            throw new IllegalArgumentException("a " + rows + " × " + cols + " heatmap needs " + rows * cols
                    + " values, got " + values.length);
        }
        ensureSize(rows, cols);
        double max = fixedMax;
        if (Double.isNaN(max)) {
            max = 0;
            for (int i = 0; i < rows * cols; i++) {
                max = Math.max(max, values[i]);
            }
        }
        int[] lut = ramp.table();
        double k = max > 0 ? 255.0 / max : 0;
        buffer.clear();
        for (int i = 0; i < rows * cols; i++) {
            buffer.put(lut[index(values[i], k)]);
        }
        publish(max);
    }

    private static int index(double v, double k) {
        if (!(v > 0)) {
            return 0; // also NaN
        }
        int i = (int) (v * k);
        return i > 255 ? 255 : i;
    }

    private double scaleMax(double[][] grid) {
        if (!Double.isNaN(fixedMax)) {
            return fixedMax;
        }
        double max = 0;
        for (double[] row : grid) {
            for (double v : row) {
                if (v > max) {
                    max = v;
                }
            }
        }
        return max;
    }

    private void ensureSize(int r, int c) {
        if (r <= 0 || c <= 0) {
            throw new IllegalArgumentException("a heatmap needs at least one row and one column, got " + r + " × " + c);
        }
        if (r == rows && c == cols) {
            return;
        }
        rows = r;
        cols = c;
        IntBuffer shared = ByteBuffer.allocateDirect(r * c * 4).order(ByteOrder.nativeOrder()).asIntBuffer();
        pixels = new PixelBuffer<>(c, r, shared, PixelFormat.getIntArgbPreInstance());
        buffer = shared.duplicate();
        view.setImage(new WritableImage(pixels));
        setExtent(widthMeters, heightMeters);
    }

    private void publish(double max) {
        version++;
        pixels.updateBuffer(b -> null);
        shownMax.set(max);
        setVisible(true);
    }

    /** Hides the heatmap until the next update. */
    public void clear() {
        setVisible(false);
    }

    /** Fixes the value shown as hottest (comparable frames while a run goes on); NaN: each frame's maximum. */
    public void setFixedMax(double max) {
        this.fixedMax = max;
    }

    public void setColorRamp(ColorRamp ramp) {
        this.ramp = Objects.requireNonNull(ramp);
    }

    public ColorRamp colorRamp() {
        return ramp;
    }

    /** 0 (invisible) to 1 (opaque); the legend's slider is bound to it. */
    public DoubleProperty heatOpacityProperty() {
        return heatOpacity;
    }

    /** The value the hottest colour stood for in the last update, for the legend. */
    public ReadOnlyDoubleProperty shownMaxProperty() {
        return shownMax.getReadOnlyProperty();
    }

    /** Counts the updates: whoever redraws the heat elsewhere compares it to know whether the cells changed. */
    public long version() {
        return version;
    }

    /** Copies the cells' colours as last shown (premultiplied ARGB, row by row) into {@code into}, of at least rows × cols. */
    public void copyCells(int[] into) {
        buffer.get(0, into, 0, rows * cols);
    }

    /** The grid's extent in world units (the plan's width and height). */
    public double worldWidth() {
        return WorldUnits.toWorld(widthMeters);
    }

    public double worldHeight() {
        return WorldUnits.toWorld(heightMeters);
    }

    /**
     * Whether this layer draws the heat itself (default) or leaves it to a screen-space copy during a
     * gesture ({@code io.footfall.canvas.view.ScreenHeatmap}), which is cheaper to draw than a stretched image.
     */
    public void setDrawnHere(boolean drawn) {
        view.setVisible(drawn);
    }

    /** The colour of the cell at (row, col) as last shown, premultiplied ARGB; for tests. */
    public int pixel(int row, int col) {
        return buffer.get(row * cols + col);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }
}
