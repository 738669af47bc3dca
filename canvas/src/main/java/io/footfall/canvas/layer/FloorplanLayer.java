package io.footfall.canvas.layer;

import io.footfall.canvas.command.CommandStack;
import io.footfall.canvas.skin.StageIcons;
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
 * circle. In floorplan-edit mode sensors can be selected and dragged; each drag is one command on the
 * canvas's stack and changes {@link #floorplanProperty()}.
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
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final Group background = new Group();
    private final Group zones = new Group();
    private final Group zoneNames = new Group();
    private final Group walls = new Group();
    private final Group entrances = new Group();
    private final Group sensors = new Group();
    private final Map<String, Circle> sensorDiscs = new HashMap<>();
    private final CommandStack commands;
    private Path baseDirectory;
    private double zoom = 1;

    public FloorplanLayer(CommandStack commands) {
        this.commands = commands;
        getChildren().addAll(background, zones, walls, zoneNames, entrances, sensors);
        background.setMouseTransparent(true);
        zones.setMouseTransparent(true);
        zoneNames.setMouseTransparent(true);
        walls.setMouseTransparent(true);
        entrances.setMouseTransparent(true);
        sensors.mouseTransparentProperty().bind(editing.not());
        floorplan.addListener((o, a, b) -> rebuild());
        showSensorRange.addListener((o, a, b) -> rebuildSensors());
        sensorRangeMeters.addListener((o, a, b) -> rebuildSensors());
        selectedSensors.addListener((SetChangeListener<String>) c -> {
            String id = c.wasAdded() ? c.getElementAdded() : c.getElementRemoved();
            Circle disc = sensorDiscs.get(id);
            if (disc != null) {
                paintSelection(disc, c.wasAdded());
            }
        });
        editing.addListener((o, a, b) -> {
            if (!b) {
                selectedSensors.clear();
            }
        });
    }

    /** Shows a floorplan; a background image is looked up relative to {@code baseDirectory} (may be null). */
    public void setFloorplan(Floorplan plan, Path baseDirectory) {
        this.baseDirectory = baseDirectory;
        selectedSensors.clear();
        if (floorplan.get() == plan) {
            rebuild();
        } else {
            floorplan.set(plan);
        }
    }

    private void rebuild() {
        Floorplan plan = floorplan.get();
        zones.getChildren().clear();
        zoneNames.getChildren().clear();
        walls.getChildren().clear();
        entrances.getChildren().clear();
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
            zones.getChildren().add(zoneShape(z));
            zoneNames.getChildren().add(zoneName(z));
        }
        for (Wall w : plan.walls()) {
            Line l = new Line(WorldUnits.toWorld(w.from().x()), WorldUnits.toWorld(w.from().y()),
                    WorldUnits.toWorld(w.to().x()), WorldUnits.toWorld(w.to().y()));
            l.setStroke(Color.web("#455a64"));
            l.setStrokeWidth(4);
            l.setStrokeLineCap(StrokeLineCap.ROUND);
            walls.getChildren().add(l);
        }
        for (Zone z : plan.zones()) {
            for (Point door : z.entrances()) {
                Circle d = new Circle(WorldUnits.toWorld(door.x()), WorldUnits.toWorld(door.y()), 3, Color.web("#8d6e63"));
                entrances.getChildren().add(d);
            }
        }
        for (MallEntrance e : plan.entrances()) {
            entrances.getChildren().add(mallEntrance(e, e.position().x() < plan.width() / 2));
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
        sensors.getChildren().clear();
        sensorDiscs.clear();
        Floorplan plan = floorplan.get();
        if (plan == null) {
            return;
        }
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
        sensors.getChildren().addAll(ranges);
        sensors.getChildren().addAll(marks);
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
            if (e.isShiftDown() || e.isShortcutDown()) {
                if (!selectedSensors.remove(s.id())) {
                    selectedSensors.add(s.id());
                }
            } else if (!selectedSensors.contains(s.id())) {
                selectedSensors.clear();
                selectedSensors.add(s.id());
            }
            grab[0] = sceneToLocal(e.getSceneX(), e.getSceneY()).subtract(mark.getLayoutX(), mark.getLayoutY());
            e.consume();
        });
        mark.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (grab[0] == null) {
                return;
            }
            Point2D p = sceneToLocal(e.getSceneX(), e.getSceneY()).subtract(grab[0]);
            mark.setLayoutX(p.getX());
            mark.setLayoutY(p.getY());
            e.consume();
        });
        mark.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (grab[0] == null) {
                return;
            }
            grab[0] = null;
            Point to = clampToPlan(WorldUnits.toMeters(mark.getLayoutX()), WorldUnits.toMeters(mark.getLayoutY()));
            if (!to.equals(s.position())) {
                commands.execute(new MoveSensorCommand(floorplan, s.id(), to));
            }
            e.consume();
        });
    }

    private Point clampToPlan(double x, double y) {
        Floorplan plan = floorplan.get();
        // Rounded to centimeters: the file stays readable and a sensor outside the plan is refused on load.
        double cx = Math.round(Math.max(0, Math.min(plan.width(), x)) * 100) / 100.0;
        double cy = Math.round(Math.max(0, Math.min(plan.height(), y)) * 100) / 100.0;
        return new Point(cx, cy);
    }

    /** Zone names show only when at least ~7 px tall on screen. */
    public void setZoom(double scale) {
        zoom = scale;
        applyZoom();
    }

    private void applyZoom() {
        for (Node n : zoneNames.getChildren()) {
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

    /** Floorplan-edit mode: sensors can be selected and dragged. */
    public BooleanProperty editingProperty() {
        return editing;
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

    /** Why the background image is not shown, or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
