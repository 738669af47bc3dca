package io.footfall.canvas.model;

import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.pipeline.StageInstance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One stage instance on the canvas: what the pipeline file says about it plus its ports. Positions are
 * in the floorplan's meters. Only commands should call the setters, so that every change can be undone;
 * views observe the properties. Identity matters: edges refer to nodes, not to names, so a rename
 * touches one object.
 */
public final class GraphNode {
    private final String type;
    private final int version;
    private final StageDefinition definition;
    private final StringProperty name;
    private final StringProperty label;
    private final ObjectProperty<Map<String, Object>> config;
    private final DoubleProperty x = new SimpleDoubleProperty(this, "x");
    private final DoubleProperty y = new SimpleDoubleProperty(this, "y");
    /** False while the stage came from a file without a position and was never moved (kept for a lossless save). */
    private boolean positioned;
    private final ObservableList<String> outputLanes = FXCollections.observableArrayList();
    private final ObservableList<String> outputLanesView = FXCollections.unmodifiableObservableList(outputLanes);
    /** Lanes that edges use although the stage type does not declare them (unknown type, older file). */
    private final List<String> extraLanes = new ArrayList<>();

    GraphNode(StageInstance instance, StageDefinition definition) {
        this.type = instance.type();
        this.version = instance.version();
        this.definition = definition;
        this.name = new SimpleStringProperty(this, "name", instance.name());
        this.label = new SimpleStringProperty(this, "label", instance.label());
        this.config = new SimpleObjectProperty<>(this, "config", Collections.unmodifiableMap(new LinkedHashMap<>(instance.config())));
        if (instance.position() != null) {
            x.set(instance.position().x());
            y.set(instance.position().y());
            positioned = true;
        }
        config.addListener((obs, old, now) -> refreshLanes());
        refreshLanes();
    }

    public StageInstance toInstance() {
        return new StageInstance(getName(), type, version, getLabel(), getConfig(),
                positioned ? new StageInstance.Position(getX(), getY()) : null);
    }

    /** The stage type's description, or empty when no library on the class path defines the type. */
    public Optional<StageDefinition> definition() {
        return Optional.ofNullable(definition);
    }

    public String type() {
        return type;
    }

    public int version() {
        return version;
    }

    /** The kind, or null for an unknown type (drawn as a processor so nothing is lost). */
    public StageKind kind() {
        return definition == null ? null : definition.kind();
    }

    public boolean hasInput() {
        return definition == null || definition.hasInput();
    }

    /** The output lanes: the type's lanes for the current configuration, then {@code event} if it emits events. */
    public ObservableList<String> outputLanes() {
        return outputLanesView;
    }

    /** The label to show: the instance's own label, else the type's label, else the type id. */
    public String displayLabel() {
        if (getLabel() != null && !getLabel().isBlank()) {
            return getLabel();
        }
        return definition == null ? type : definition.label();
    }

    public String icon() {
        return definition == null ? "unknown" : definition.icon();
    }

    void keepLane(String lane) {
        if (!outputLanes.contains(lane) && !extraLanes.contains(lane)) {
            extraLanes.add(lane);
            refreshLanes();
        }
    }

    private void refreshLanes() {
        List<String> lanes = new ArrayList<>();
        if (definition != null) {
            lanes.addAll(definition.outputLanes(getConfig()));
            if (definition.producesEvents()) {
                lanes.add(StageDefinition.EVENT_LANE);
            }
        } else {
            lanes.add(StageDefinition.DEFAULT_LANE);
        }
        for (String extra : extraLanes) {
            if (!lanes.contains(extra)) {
                lanes.add(extra);
            }
        }
        if (!lanes.equals(outputLanes)) {
            outputLanes.setAll(lanes);
        }
    }

    public String getName() {
        return name.get();
    }

    public void setName(String value) {
        name.set(Objects.requireNonNull(value));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public String getLabel() {
        return label.get();
    }

    public void setLabel(String value) {
        label.set(value);
    }

    public StringProperty labelProperty() {
        return label;
    }

    public Map<String, Object> getConfig() {
        return config.get();
    }

    public void setConfig(Map<String, Object> value) {
        config.set(Collections.unmodifiableMap(new LinkedHashMap<>(value)));
    }

    public ObjectProperty<Map<String, Object>> configProperty() {
        return config;
    }

    public double getX() {
        return x.get();
    }

    public double getY() {
        return y.get();
    }

    public DoubleProperty xProperty() {
        return x;
    }

    public DoubleProperty yProperty() {
        return y;
    }

    public boolean isPositioned() {
        return positioned;
    }

    /** Moves the node; {@code positioned} false puts back a file's "no position" on undo. */
    public void moveTo(double newX, double newY, boolean nowPositioned) {
        x.set(newX);
        y.set(newY);
        positioned = nowPositioned;
    }

    @Override
    public String toString() {
        return getName() + " (" + type + ")";
    }
}
