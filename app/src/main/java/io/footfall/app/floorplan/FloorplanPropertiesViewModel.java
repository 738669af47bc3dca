package io.footfall.app.floorplan;

import io.footfall.app.properties.ConfigField;
import io.footfall.app.properties.ConfigFieldRows;
import io.footfall.app.properties.ConfigValues;
import io.footfall.app.properties.PropertySource;
import io.footfall.canvas.floorplan.FloorplanEditor;
import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.Point;
import io.footfall.runtime.floorplan.Sensor;
import io.footfall.runtime.floorplan.Zone;
import io.footfall.runtime.floorplan.ZoneKind;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * The property sheet of the sensor or zone selected in floorplan-edit mode: a sensor's id, position and what it
 * hears; a zone's name and kind. Every change goes through the canvas's {@link FloorplanEditor}, so it is checked
 * with the floorplan validator and becomes one step on the same undo stack as the drags on the canvas; a refused
 * change leaves the plan as it was and shows the validator's message on the field until the next change.
 */
public final class FloorplanPropertiesViewModel implements PropertySource {
    static final String GROUP_SENSOR = "Sensor";
    static final String GROUP_ZONE = "Zone";
    private static final Map<String, List<String>> KINDS = Map.of(
            "wifi, ble", List.of(Sensor.WIFI, Sensor.BLE), "wifi", List.of(Sensor.WIFI), "ble", List.of(Sensor.BLE));

    private final ObjectProperty<Floorplan> floorplan;
    private final ObservableSet<String> selectedSensors;
    private final ObjectProperty<String> selectedZone;
    private final Supplier<FloorplanEditor> editor;
    private final BooleanBinding showing;
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private final ObservableList<ConfigField> fields = FXCollections.observableArrayList();
    private final ObservableList<ConfigField> readOnlyFields = FXCollections.unmodifiableObservableList(fields);
    /** The last refused change per field, shown until the selection or the plan changes. */
    private final Map<String, String> refused = new HashMap<>();
    private Object refusedFor;

    public FloorplanPropertiesViewModel(ObjectProperty<Floorplan> floorplan, BooleanProperty editing,
                                        ObservableSet<String> selectedSensors, ObjectProperty<String> selectedZone,
                                        Supplier<FloorplanEditor> editor) {
        this.floorplan = floorplan;
        this.selectedSensors = selectedSensors;
        this.selectedZone = selectedZone;
        this.editor = editor;
        showing = Bindings.createBooleanBinding(() -> editing.get() && (sensor().isPresent() || zone().isPresent()),
                editing, floorplan, selectedSensors, selectedZone);
        floorplan.addListener((o, a, b) -> refresh());
        selectedSensors.addListener((SetChangeListener<String>) c -> refresh());
        selectedZone.addListener((o, a, b) -> refresh());
        refresh();
    }

    /** True while the floorplan is edited and one sensor or a zone is selected: the sheet shows this source. */
    public BooleanBinding showingProperty() {
        return showing;
    }

    private Optional<Sensor> sensor() {
        Floorplan plan = floorplan.get();
        if (plan == null || selectedSensors.size() != 1) {
            return Optional.empty();
        }
        return plan.sensor(selectedSensors.iterator().next());
    }

    private Optional<Zone> zone() {
        Floorplan plan = floorplan.get();
        return plan == null || selectedZone.get() == null ? Optional.empty() : plan.zone(selectedZone.get());
    }

    private void refresh() {
        Object subject = sensor().<Object>map(Sensor::id).or(() -> zone().map(Zone::id)).orElse(null);
        Optional<Sensor> sensor = sensor();
        Optional<Zone> zone = zone();
        if (!java.util.Objects.equals(subject, refusedFor)) {
            refused.clear();
            refusedFor = subject;
        }
        if (sensor.isPresent()) {
            Sensor s = sensor.get();
            Floorplan plan = floorplan.get();
            heading.set("Sensor " + s.id());
            description.set("Where the sensor hangs (meters from the plan's top-left corner) and what it hears. "
                    + "Every change is checked with the floorplan validator and can be undone (Ctrl+Z).");
            setFields(List.of(
                    field(ConfigDef.builder("id", ConfigDef.Type.STRING).label("Id").required().group(GROUP_SENSOR)
                            .description("Unique among the plan's sensors; sightings name their sensor by it.").build(), s.id()),
                    field(ConfigDef.builder("x", ConfigDef.Type.DOUBLE).label("X (m)").required().group(GROUP_SENSOR)
                            .range(0, plan.width()).description("Meters from the plan's left edge.").build(), s.position().x()),
                    field(ConfigDef.builder("y", ConfigDef.Type.DOUBLE).label("Y (m)").required().group(GROUP_SENSOR)
                            .range(0, plan.height()).description("Meters from the plan's top edge.").build(), s.position().y()),
                    field(ConfigDef.builder("kinds", ConfigDef.Type.CHOICE).label("Hears").required().group(GROUP_SENSOR)
                            .choices(KINDS.keySet().stream().sorted().toArray(String[]::new))
                            .description("WiFi probe requests, BLE advertisements, or both.").build(), kindsChoice(s))));
        } else if (zone.isPresent()) {
            Zone z = zone.get();
            heading.set("Zone " + z.id());
            description.set(String.format("%.0f m². Renaming is also a double-click on the zone; every change is checked "
                    + "with the floorplan validator and can be undone (Ctrl+Z).", z.area()));
            setFields(List.of(
                    field(ConfigDef.builder("name", ConfigDef.Type.STRING).label("Name").required().group(GROUP_ZONE)
                            .description("Shown on the plan, in charts and in results.").build(), z.name()),
                    field(ConfigDef.builder("kind", ConfigDef.Type.CHOICE).label("Kind").required().group(GROUP_ZONE)
                            .choices(Arrays.stream(ZoneKind.values()).map(ZoneKind::jsonName).toArray(String[]::new))
                            .description("Stores and the food court count visits; corridors carry the walkways.").build(),
                            z.kind().jsonName())));
        } else {
            heading.set("");
            description.set("");
            setFields(List.of());
        }
    }

    private ConfigField field(ConfigDef def, Object value) {
        return new ConfigField(def, value, true, refused.get(def.name()));
    }

    private static String kindsChoice(Sensor s) {
        boolean wifi = s.hears(Sensor.WIFI);
        boolean ble = s.hears(Sensor.BLE);
        return wifi && ble ? "wifi, ble" : wifi ? "wifi" : ble ? "ble" : String.join(", ", s.kinds());
    }

    private void setFields(List<ConfigField> next) {
        ConfigFieldRows.update(fields, next);
    }

    @Override
    public void setValue(String name, Object raw) {
        Optional<ConfigField> field = fields.stream().filter(f -> f.name().equals(name)).findFirst();
        if (field.isEmpty()) {
            return;
        }
        ConfigDef def = field.get().def();
        Object value = ConfigValues.fromUser(def, raw);
        if (java.util.Objects.equals(value, field.get().value())) {
            return;
        }
        Optional<String> problem = sensor().map(s -> changeSensor(s, def, value))
                .orElseGet(() -> zone().map(z -> changeZone(z, def, value)).orElse(Optional.empty()));
        if (problem.isPresent()) {
            refused.put(name, problem.get());
        } else {
            refused.remove(name);
        }
        refresh();
    }

    private Optional<String> changeSensor(Sensor s, ConfigDef def, Object value) {
        FloorplanEditor e = editor.get();
        return switch (def.name()) {
            case "id" -> {
                Optional<String> p = e.renameSensor(s.id(), value == null ? "" : value.toString());
                if (p.isEmpty()) {
                    // The selection follows the sensor to its new id (it is what the user is editing).
                    String newId = value.toString().strip();
                    refusedFor = newId;
                    selectedSensors.remove(s.id());
                    selectedSensors.add(newId);
                }
                yield p;
            }
            case "x", "y" -> {
                if (!(value instanceof Number n)) {
                    yield Optional.of("Cannot move sensor " + s.id() + ": " + def.label() + " must be a number, not '"
                            + (value == null ? "" : value) + "'");
                }
                Point to = def.name().equals("x") ? new Point(n.doubleValue(), s.position().y())
                        : new Point(s.position().x(), n.doubleValue());
                yield e.moveSensor(s.id(), to);
            }
            case "kinds" -> {
                List<String> kinds = value == null ? null : KINDS.get(value.toString());
                yield kinds == null ? Optional.of("Cannot change sensor " + s.id() + ": choose wifi, ble or both")
                        : e.setSensorKinds(s.id(), kinds);
            }
            default -> Optional.empty();
        };
    }

    private Optional<String> changeZone(Zone z, ConfigDef def, Object value) {
        FloorplanEditor e = editor.get();
        return switch (def.name()) {
            case "name" -> e.renameZone(z.id(), value == null ? "" : value.toString());
            case "kind" -> {
                Optional<ZoneKind> kind = value == null ? Optional.empty() : ZoneKind.fromJson(value.toString());
                yield kind.isEmpty() ? Optional.of("Cannot change zone " + z.id() + ": unknown kind '" + value + "'")
                        : e.setZoneKind(z.id(), kind.get());
            }
            default -> Optional.empty();
        };
    }

    @Override
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty typeDescriptionProperty() {
        return description.getReadOnlyProperty();
    }

    @Override
    public ObservableList<ConfigField> fields() {
        return readOnlyFields;
    }
}
