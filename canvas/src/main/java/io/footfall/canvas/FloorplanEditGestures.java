package io.footfall.canvas;

import io.footfall.canvas.floorplan.FloorplanTool;
import io.footfall.canvas.layer.FloorplanLayer;
import io.footfall.canvas.view.WorldUnits;
import javafx.beans.binding.Bindings;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * What changes on the canvas in floorplan-edit mode: the stages fade and stop taking the pointer, a click with
 * the add tool puts a sensor there, a click beside the floorplan clears its selection instead of starting a
 * rubber band, Delete removes the selected sensors, F2 renames the selected zone and Escape goes back to
 * selecting. These run as filters, before the pipeline's own gestures and keys.
 */
final class FloorplanEditGestures {
    private final PipelineCanvas canvas;
    private final FloorplanLayer layer;

    FloorplanEditGestures(PipelineCanvas canvas) {
        this.canvas = canvas;
        this.layer = canvas.floorplanLayer();
    }

    void install() {
        Node stages = canvas.pipelineLayer();
        stages.mouseTransparentProperty().bind(layer.editingProperty());
        canvas.pipelineLayer().contentOpacityProperty().bind(Bindings.when(layer.editingProperty()).then(0.3).otherwise(1.0));
        layer.editingProperty().addListener((o, a, editing) -> {
            if (editing) {
                canvas.selection().clear();
            }
        });
        layer.setOnZoneRename(canvas::editZoneName);
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void pressed(MouseEvent e) {
        if (!layer.isEditingFloorplan() || e.getButton() != MouseButton.PRIMARY || canvas.mouseHandler().isSpaceDown()
                || canvas.isEditingZoneName() && isInside(e.getPickResult().getIntersectedNode(), canvas.zoneNameEditor())) {
            return;
        }
        if (canvas.isEditingZoneName() && canvas.zoneNameEditing().equals(zoneOf(e.getPickResult().getIntersectedNode()))) {
            // A press on the zone being renamed is not "clicking elsewhere": a select-click followed at once by a
            // double-click, or a double-click whose clicks the system counted as two, would otherwise close the
            // field it has just opened. The zone is already the selection, so there is nothing else to do.
            e.consume();
            return;
        }
        canvas.requestFocus();
        if (layer.toolProperty().get() == FloorplanTool.ADD_SENSOR) {
            Point2D world = canvas.viewport().screenToWorld(e.getX(), e.getY());
            layer.addSensorAt(WorldUnits.toMeters(world.getX()), WorldUnits.toMeters(world.getY()))
                    .ifPresent(id -> canvas.showStatus("added sensor " + id, false));
            e.consume();
        } else if (!isInside(e.getPickResult().getIntersectedNode(), layer)) {
            layer.selectedSensors().clear();
            layer.selectedZoneProperty().set(null);
            e.consume();
        }
    }

    private void keyPressed(KeyEvent e) {
        if (!layer.isEditingFloorplan() || canvas.isEditingZoneName() || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case DELETE, BACK_SPACE -> {
                layer.deleteSelectedSensors();
                e.consume();
            }
            case F2 -> {
                String zone = layer.selectedZoneProperty().get();
                if (zone != null) {
                    canvas.editZoneName(zone);
                }
                e.consume();
            }
            case ESCAPE -> {
                layer.toolProperty().set(FloorplanTool.SELECT);
                layer.selectedSensors().clear();
                layer.selectedZoneProperty().set(null);
                e.consume();
            }
            default -> {
            }
        }
    }

    /** The id of the zone whose outline was pressed, or null (a sensor, the background, a stage...). */
    private static String zoneOf(Node picked) {
        return picked != null && picked.getProperties().get("zone") instanceof String id ? id : null;
    }

    private static boolean isInside(Node picked, Node ancestor) {
        for (Node n = picked; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
