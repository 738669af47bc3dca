package io.footfall.canvas.layer;

import io.footfall.canvas.command.CommandStack;
import io.footfall.canvas.floorplan.FloorplanEditor;
import io.footfall.canvas.floorplan.FloorplanEdits;
import io.footfall.canvas.floorplan.FloorplanTool;
import io.footfall.canvas.skin.StageIcons;
import io.footfall.canvas.view.SpatialGroup;
import io.footfall.canvas.view.WorldUnits;
import io.footfall.runtime.floorplan.Background;
import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.MallEntrance;
import io.footfall.runtime.floorplan.Point;
import io.footfall.runtime.floorplan.Sensor;
import io.footfall.runtime.floorplan.Wall;
import io.footfall.runtime.floorplan.Zone;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.DoubleUnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The mall underneath the pipeline: optional raster background, zones filled by kind with their names
 * (hidden when too small to read), walls, the mall's entrances and the sensors with an optional range
 * circle. In floorplan-edit mode sensors can be selected, dragged, added and deleted and zones selected and
 * renamed; each edit goes through a {@link FloorplanEditor} (validated, one command on the canvas's stack)
 * and changes {@link #floorplanProperty()}.
 */
public final class FloorplanLayer extends Group {
    private static final Font ZONE_FONT = Font.font("System", FontWeight.SEMI_BOLD, 14);
    private static final Font SMALL_FONT = Font.font("System", 10);
    private static final double SENSOR_RADIUS = 9;

    private final ObjectProperty<Floorplan> floorplan = new SimpleObjectProperty<>(this, "floorplan");
    private final BooleanProperty editing = new SimpleBooleanProperty(this, "editing");
    private final BooleanProperty showSensorRange = new SimpleBooleanProperty(this, "showSensorRange", true);
    private final DoubleProperty sensorRangeMeters = new SimpleDoubleProperty(this, "sensorRangeMeters", 12);
    private final ObservableSet<String> selectedSensors = FXCollections.observableSet();
    private final ObjectProperty<String> selectedZone = new SimpleObjectProperty<>(this, "selectedZone");
    private final ObjectProperty<FloorplanTool> tool = new SimpleObjectProperty<>(this, "tool", FloorplanTool.SELECT);
    private final ObjectProperty<List<String>> newSensorKinds =
            new SimpleObjectProperty<>(this, "newSensorKinds", List.of(Sensor.WIFI, Sensor.BLE));
    private final Map<String, Polygon> zoneShapes = new HashMap<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final Group background = new Group();
    /** World units per side of the cells the plan's shapes are kept in, for pictures of part of it ({@link SpatialGroup}). */
    private static final double CELL = WorldUnits.toWorld(40);
    private final SpatialGroup zones = new SpatialGroup(CELL);
    private final SpatialGroup zoneNames = new SpatialGroup(CELL);
    private final SpatialGroup walls = new SpatialGroup(CELL);
    private final SpatialGroup entrances = new SpatialGroup(CELL);
    /** Range circles beneath all sensor marks. */
    private final SpatialGroup sensorRanges = new SpatialGroup(CELL);
    private final SpatialGroup sensorMarks = new SpatialGroup(CELL);
    private final Group sensors = new Group(sensorRanges, sensorMarks);
    private final Map<String, Circle> sensorDiscs = new HashMap<>();
    private final FloorplanEditor editor;
    private DoubleUnaryOperator snap = DoubleUnaryOperator.identity();
    private Consumer<String> onZoneRename = id -> { };
    private Path baseDirectory;
    private double zoom = 1;

    public FloorplanLayer(CommandStack commands) {
        this(commands, (message, error) -> { });
    }

    /** {@code status} shows why an edit was refused (the validator's message). */
    public FloorplanLayer(CommandStack commands, BiConsumer<String, Boolean> status) {
        this.editor = new FloorplanEditor(floorplan, commands, status);
        getChildren().addAll(background, zones, walls, zoneNames, entrances, sensors);
        background.setMouseTransparent(true);
        zones.mouseTransparentProperty().bind(editing.not());
        zoneNames.setMouseTransparent(true);
        walls.setMouseTransparent(true);
        entrances.setMouseTransparent(true);
        sensors.mouseTransparentProperty().bind(editing.not());
        floorplan.addListener((o, a, b) -> {
            if (onlySensorsDiffer(a, b)) {
                rebuildSensors();
            } else {
                rebuild();
            }
        });
        showSensorRange.addListener((o, a, b) -> rebuildSensors());
        sensorRangeMeters.addListener((o, a, b) -> rebuildSensors());
        selectedSensors.addListener((SetChangeListener<String>) c -> {
            String id = c.wasAdded() ? c.getElementAdded() : c.getElementRemoved();
            Circle disc = sensorDiscs.get(id);
            if (disc != null) {
                paintSelection(disc, c.wasAdded());
            }
        });
        selectedZone.addListener((o, a, b) -> {
            paintZone(a, false);
            paintZone(b, true);
        });
        editing.addListener((o, a, b) -> {
            if (!b) {
                selectedSensors.clear();
                selectedZone.set(null);
                tool.set(FloorplanTool.SELECT);
            }
        });
    }

    /** Shows a floorplan; a background image is looked up relative to {@code baseDirectory} (may be null). */
    public void setFloorplan(Floorplan plan, Path baseDirectory) {
        this.baseDirectory = baseDirectory;
        selectedSensors.clear();
        selectedZone.set(null);
        if (floorplan.get() == plan) {
            rebuild();
        } else {
            floorplan.set(plan);
        }
    }

    private static boolean onlySensorsDiffer(Floorplan a, Floorplan b) {
        return a != null && b != null && a.zones().equals(b.zones()) && a.walls().equals(b.walls())
                && a.entrances().equals(b.entrances()) && a.width() == b.width() && a.height() == b.height()
                && java.util.Objects.equals(a.background(), b.background());
    }

    private void rebuild() {
        Floorplan plan = floorplan.get();
        zoneShapes.clear();
        if (plan == null || selectedZone.get() != null && plan.zone(selectedZone.get()).isEmpty()) {
            selectedZone.set(null);
        }
        zones.clear();
        zoneNames.clear();
        walls.clear();
        entrances.clear();
        background.getChildren().clear();
        problem.set("");
        if (plan == null) {
            rebuildSensors();
            return;
        }
        Rectangle outline = new Rectangle(WorldUnits.toWorld(plan.width()), WorldUnits.toWorld(plan.height()));
        outline.setFill(Color.web("#fafafa"));
        outline.setStroke(Color.web("#90a4ae"));
        outline.setStrokeWidth(2);
        background.getChildren().add(outline);
        plan.backgroundImage().ifPresent(this::showBackground);
        for (Zone z : plan.zones()) {
            Polygon shape = zoneShape(z);
            zoneShapes.put(z.id(), shape);
            installZoneGestures(shape, z.id());
            zones.add(shape);
            zoneNames.add(zoneName(z));
        }
        paintZone(selectedZone.get(), true);
        for (Wall w : plan.walls()) {
            Line l = new Line(WorldUnits.toWorld(w.from().x()), WorldUnits.toWorld(w.from().y()),
                    WorldUnits.toWorld(w.to().x()), WorldUnits.toWorld(w.to().y()));
            l.setStroke(Color.web("#455a64"));
            l.setStrokeWidth(4);
            l.setStrokeLineCap(StrokeLineCap.ROUND);
            walls.add(l);
        }
        for (Zone z : plan.zones()) {
            for (Point door : z.entrances()) {
                Circle d = new Circle(WorldUnits.toWorld(door.x()), WorldUnits.toWorld(door.y()), 3, Color.web("#8d6e63"));
                entrances.add(d);
            }
        }
        for (MallEntrance e : plan.entrances()) {
            entrances.add(mallEntrance(e, e.position().x() < plan.width() / 2));
        }
        rebuildSensors();
        applyZoom();
    }

    private void showBackground(Background bg) {
        if (baseDirectory == null) {
            problem.set("background image " + bg.image() + " not shown: the floorplan's folder is unknown");
            return;
        }
        Path file = baseDirectory.resolve(bg.image());
        if (!Files.isReadable(file)) {
            problem.set("background image not found: " + file);
            return;
        }
        Image image = new Image(file.toUri().toString());
        if (image.isError()) {
            problem.set("background image " + file + " cannot be read: " + image.getException());
            return;
        }
        ImageView view = new ImageView(image);
        view.setFitWidth(WorldUnits.toWorld(image.getWidth() * bg.metersPerPixel()));
        view.setPreserveRatio(true);
        view.setOpacity(0.6);
        background.getChildren().add(view);
    }

    private static Polygon zoneShape(Zone z) {
        Polygon p = new Polygon();
        for (Point pt : z.polygon()) {
            p.getPoints().addAll(WorldUnits.toWorld(pt.x()), WorldUnits.toWorld(pt.y()));
        }
        p.setFill(ZoneColors.fill(z.kind()));
        p.setStroke(ZoneColors.outline(z.kind()));
        p.setStrokeWidth(1.5);
        p.getProperties().put("zone", z.id());
        return p;
    }

    private static Text zoneName(Zone z) {
        var b = z.bounds();
        Text t = new Text(z.name());
        t.setFont(ZONE_FONT);
        t.setFill(Color.web("#5d4037"));
        t.setTextOrigin(VPos.CENTER);
        double width = WorldUnits.toWorld(b.width()) * 0.9;
        double natural = t.getLayoutBounds().getWidth();
        // Narrow shops get a smaller font rather than words broken across lines; tiny ones get none.
        double size = natural > width ? ZONE_FONT.getSize() * width / natural : ZONE_FONT.getSize();
        if (size < ZONE_FONT.getSize()) {
            t.setFont(Font.font(ZONE_FONT.getFamily(), FontWeight.SEMI_BOLD, size));
        }
        t.setLayoutX(WorldUnits.toWorld(b.minX() + b.width() / 2) - t.getLayoutBounds().getWidth() / 2);
        t.setLayoutY(WorldUnits.toWorld(b.minY() + b.height() / 2));
        t.getProperties().put("fits", size >= 6 && t.getLayoutBounds().getHeight() < WorldUnits.toWorld(b.height()) * 0.9);
        return t;
    }

    /** A gate marker; its name goes on the side facing away from the mall so it does not cover zone names. */
    private static Node mallEntrance(MallEntrance e, boolean labelOnLeft) {
        double x = WorldUnits.toWorld(e.position().x());
        double y = WorldUnits.toWorld(e.position().y());
        Circle c = new Circle(x, y, 10, Color.web("#2e7d32"));
        c.setStroke(Color.WHITE);
        c.setStrokeWidth(2);
        Polygon arrow = new Polygon(x - 5, y - 4, x + 5, y, x - 5, y + 4);
        arrow.setFill(Color.WHITE);
        Text label = new Text(e.id());
        label.setFont(SMALL_FONT);
        label.setX(labelOnLeft ? x - 13 - label.getLayoutBounds().getWidth() : x + 13);
        label.setY(y);
        label.setFill(Color.web("#1b5e20"));
        label.setTextOrigin(VPos.CENTER);
        return new Group(c, arrow, label);
    }

    private void rebuildSensors() {
        sensorRanges.clear();
        sensorMarks.clear();
        sensorDiscs.clear();
        Floorplan plan = floorplan.get();
        if (plan == null) {
            selectedSensors.clear();
            return;
        }
        selectedSensors.removeIf(id -> plan.sensor(id).isEmpty());
        List<Node> ranges = new ArrayList<>();
        List<Node> marks = new ArrayList<>();
        for (Sensor s : plan.sensors()) {
            double x = WorldUnits.toWorld(s.position().x());
            double y = WorldUnits.toWorld(s.position().y());
            if (showSensorRange.get()) {
                Circle range = new Circle(x, y, WorldUnits.toWorld(sensorRangeMeters.get()));
                range.setFill(Color.rgb(0, 137, 123, 0.06));
                range.setStroke(Color.rgb(0, 137, 123, 0.45));
                range.setMouseTransparent(true);
                ranges.add(range);
            }
            marks.add(sensorMark(s, x, y));
        }
        ranges.forEach(sensorRanges::add);
        marks.forEach(sensorMarks::add);
    }

    private Node sensorMark(Sensor s, double x, double y) {
        boolean selected = selectedSensors.contains(s.id());
        Circle disc = new Circle(0, 0, SENSOR_RADIUS, Color.web(s.hears(Sensor.BLE) && !s.hears(Sensor.WIFI) ? "#1e88e5" : "#00897b"));
        paintSelection(disc, selected);
        sensorDiscs.put(s.id(), disc);
        Node icon = StageIcons.create(s.hears(Sensor.WIFI) ? "wifi" : "ble", 12, Color.WHITE);
        icon.setLayoutX(-6);
        icon.setLayoutY(-6.5);
        Text id = new Text(-SENSOR_RADIUS, SENSOR_RADIUS + 9, s.id());
        id.setFont(SMALL_FONT);
        id.setFill(Color.web("#004d40"));
        id.setMouseTransparent(true);
        Group mark = new Group(disc, icon, id);
        mark.setLayoutX(x);
        mark.setLayoutY(y);
        mark.getProperties().put("sensor", s.id());
        mark.setCursor(Cursor.MOVE);
        installSensorDrag(mark, s);
        return mark;
    }

    private static void paintSelection(Circle disc, boolean selected) {
        disc.setStroke(selected ? Color.web("#ffca28") : Color.WHITE);
        disc.setStrokeWidth(selected ? 3 : 1.5);
    }

    private void installSensorDrag(Group mark, Sensor s) {
        Point2D[] grab = new Point2D[1];
        mark.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            if (tool.get() != FloorplanTool.SELECT) {
                return;
            }
            if (e.isShiftDown() || e.isShortcutDown()) {
                if (!selectedSensors.remove(s.id())) {
                    selectedSensors.add(s.id());
                }
            } else if (!selectedSensors.contains(s.id())) {
                selectedSensors.clear();
                selectedSensors.add(s.id());
            }
            selectedZone.set(null);
            grab[0] = sceneToLocal(e.getSceneX(), e.getSceneY()).subtract(mark.getLayoutX(), mark.getLayoutY());
            e.consume();
        });
        mark.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (grab[0] == null) {
                return;
            }
            Point2D p = sceneToLocal(e.getSceneX(), e.getSceneY()).subtract(grab[0]);
            // Snapped while dragging (Alt: free), so the sensor lands where it is drawn.
            mark.setLayoutX(e.isAltDown() ? p.getX() : WorldUnits.toWorld(snap.applyAsDouble(WorldUnits.toMeters(p.getX()))));
            mark.setLayoutY(e.isAltDown() ? p.getY() : WorldUnits.toWorld(snap.applyAsDouble(WorldUnits.toMeters(p.getY()))));
            e.consume();
        });
        mark.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (grab[0] == null) {
                return;
            }
            grab[0] = null;
            Point to = roundToCentimeters(WorldUnits.toMeters(mark.getLayoutX()), WorldUnits.toMeters(mark.getLayoutY()));
            if (!to.equals(s.position()) && editor.moveSensor(s.id(), to).isPresent()) {
                // Refused (outside the plan or in no zone): back to where it was; the status line says why.
                mark.setLayoutX(WorldUnits.toWorld(s.position().x()));
                mark.setLayoutY(WorldUnits.toWorld(s.position().y()));
            }
            e.consume();
        });
    }

    /** Rounded to centimeters, so the saved file stays readable. */
    private static Point roundToCentimeters(double x, double y) {
        return new Point(Math.round(x * 100) / 100.0, Math.round(y * 100) / 100.0);
    }

    private void installZoneGestures(Polygon shape, String zoneId) {
        shape.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || tool.get() != FloorplanTool.SELECT) {
                return;
            }
            selectedSensors.clear();
            selectedZone.set(zoneId);
            e.consume();
        });
        shape.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && tool.get() == FloorplanTool.SELECT) {
                onZoneRename.accept(zoneId);
                e.consume();
            }
        });
    }

    private void paintZone(String zoneId, boolean selected) {
        Polygon shape = zoneId == null ? null : zoneShapes.get(zoneId);
        Floorplan plan = floorplan.get();
        if (shape == null || plan == null) {
            return;
        }
        plan.zone(zoneId).ifPresent(z -> {
            shape.setStroke(selected ? Color.web("#ffb300") : ZoneColors.outline(z.kind()));
            shape.setStrokeWidth(selected ? 4 : 1.5);
        });
    }

    // ---- edits (floorplan-edit mode) -----------------------------------------------------------------

    /**
     * Puts a new sensor at (x, y) meters (snapped like a drag) hearing {@link #newSensorKindsProperty()},
     * selects it and returns its id; empty when refused (the status line says why).
     */
    public Optional<String> addSensorAt(double xMeters, double yMeters) {
        Floorplan plan = floorplan.get();
        if (plan == null) {
            return Optional.empty();
        }
        String id = FloorplanEdits.nextSensorId(plan);
        Point at = roundToCentimeters(snap.applyAsDouble(xMeters), snap.applyAsDouble(yMeters));
        if (editor.addSensor(id, at, newSensorKinds.get()).isPresent()) {
            return Optional.empty();
        }
        selectedSensors.clear();
        selectedSensors.add(id);
        selectedZone.set(null);
        return Optional.of(id);
    }

    /** Deletes the selected sensors as one step; false when none was selected. */
    public boolean deleteSelectedSensors() {
        if (selectedSensors.isEmpty()) {
            return false;
        }
        return editor.removeSensors(Set.copyOf(selectedSensors)).isEmpty();
    }

    /** The validated edits behind the gestures, for menus and property sheets. */
    public FloorplanEditor editor() {
        return editor;
    }

    /** How dragged and added sensors snap, in meters (the canvas's grid); identity for none. */
    public void setSnap(DoubleUnaryOperator snap) {
        this.snap = snap == null ? DoubleUnaryOperator.identity() : snap;
    }

    /** Called with a zone's id when the user double-clicks it in edit mode (the canvas opens a name field). */
    public void setOnZoneRename(Consumer<String> onZoneRename) {
        this.onZoneRename = onZoneRename == null ? id -> { } : onZoneRename;
    }

    /** Where a zone is drawn, in this layer's (world) coordinates. */
    public Optional<javafx.geometry.Bounds> zoneBounds(String zoneId) {
        return Optional.ofNullable(zoneShapes.get(zoneId)).map(Node::getBoundsInParent);
    }

    /** Only the shapes meeting {@code world} are drawn until {@link #uncull()} (pictures of part of the world). */
    public void cullTo(javafx.geometry.Rectangle2D world) {
        for (SpatialGroup g : new SpatialGroup[] {zones, zoneNames, walls, entrances, sensorRanges, sensorMarks}) {
            g.cullTo(world);
        }
    }

    public void uncull() {
        for (SpatialGroup g : new SpatialGroup[] {zones, zoneNames, walls, entrances, sensorRanges, sensorMarks}) {
            g.uncull();
        }
    }

    /** Zone names show only when at least ~7 px tall on screen. */
    public void setZoom(double scale) {
        zoom = scale;
        applyZoom();
    }

    private void applyZoom() {
        for (Node n : zoneNames.items()) {
            Text t = (Text) n;
            boolean readable = zoom * t.getFont().getSize() >= 7;
            t.setVisible(readable && Boolean.TRUE.equals(t.getProperties().get("fits")));
        }
    }

    public ObjectProperty<Floorplan> floorplanProperty() {
        return floorplan;
    }

    public Floorplan getFloorplan() {
        return floorplan.get();
    }

    /** Floorplan-edit mode: sensors can be selected, dragged, added and deleted; zones selected and renamed. */
    public BooleanProperty editingProperty() {
        return editing;
    }

    public boolean isEditingFloorplan() {
        return editing.get();
    }

    public BooleanProperty showSensorRangeProperty() {
        return showSensorRange;
    }

    public DoubleProperty sensorRangeMetersProperty() {
        return sensorRangeMeters;
    }

    public ObservableSet<String> selectedSensors() {
        return selectedSensors;
    }

    /** The zone selected in edit mode (its outline is highlighted), or null. */
    public ObjectProperty<String> selectedZoneProperty() {
        return selectedZone;
    }

    public ObjectProperty<FloorplanTool> toolProperty() {
        return tool;
    }

    /** What a sensor added with {@link FloorplanTool#ADD_SENSOR} listens to ("wifi", "ble"). */
    public ObjectProperty<List<String>> newSensorKindsProperty() {
        return newSensorKinds;
    }

    /** Why the background image is not shown, or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
