package io.footfall.runtime.analytics.positioning;

/**
 * Everything a site's positioning needs, made once and shared by all devices: the sensors, the
 * walkable area, the path-loss model and each method's settings. {@link #newPositioner} makes the
 * per-device state.
 */
public final class Positioning {
    /** The centroid window and k of the naive baseline: a second of readings, the 3 strongest sensors. */
    public static final long CENTROID_WINDOW_MILLIS = 1000;
    public static final int CENTROID_STRONGEST = 3;
    /** Trilateration averages 2 s so that each sensor has a few readings; Huber at 6 dB (shadowing sigma). */
    public static final long TRILATERATION_WINDOW_MILLIS = 2000;
    public static final double TRILATERATION_HUBER_DB = 6.0;

    private final SensorLayout layout;
    private final WalkableArea area;
    private final PathLossModel model;
    private final GridFilterConfig gridConfig;
    private PositioningGrid grid;

    public Positioning(SensorLayout layout, WalkableArea area, PathLossModel model, GridFilterConfig gridConfig) {
        this.layout = layout;
        this.area = area;
        this.model = model;
        this.gridConfig = gridConfig;
    }

    /** The defaults: {@link PathLossModel#DEFAULT} and {@link GridFilterConfig#DEFAULT}. */
    public Positioning(SensorLayout layout, WalkableArea area) {
        this(layout, area, PathLossModel.DEFAULT, GridFilterConfig.DEFAULT);
    }

    public SensorLayout layout() {
        return layout;
    }

    public WalkableArea area() {
        return area;
    }

    public PathLossModel model() {
        return model;
    }

    public DevicePositioner newPositioner(PositioningMethod method) {
        return switch (method) {
            case WEIGHTED_CENTROID -> new WeightedCentroidPositioner(layout, CENTROID_WINDOW_MILLIS, CENTROID_STRONGEST);
            case TRILATERATION -> new TrilaterationPositioner(layout, model, area, TRILATERATION_WINDOW_MILLIS, TRILATERATION_HUBER_DB);
            case GRID_FILTER -> new GridFilterPositioner(grid(), gridConfig);
            case RADIO_MAP -> throw new IllegalArgumentException(
                    "radio-map positioning needs a floorplan's zones and walls: use the positioning stage with a floorplan");
        };
    }

    /** Whether {@link #newPositioner} can make this method from a layout and walkable area alone. */
    public static boolean standalone(PositioningMethod method) {
        return method != PositioningMethod.RADIO_MAP;
    }

    private synchronized PositioningGrid grid() {
        if (grid == null) {
            grid = new PositioningGrid(layout, model, area, gridConfig);
        }
        return grid;
    }
}
