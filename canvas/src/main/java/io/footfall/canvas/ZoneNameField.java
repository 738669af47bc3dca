package io.footfall.canvas;

import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.Zone;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The in-place name field for renaming a zone in floorplan-edit mode: opened over the zone's centre at screen
 * size (not scaled with the zoom); Enter renames (validated, undoable), Escape or clicking elsewhere cancels; clicking the zone being renamed
 * again keeps the field open.
 */
final class ZoneNameField {
    private final PipelineCanvas canvas;
    private final TextField field = new TextField();
    private String zoneId;

    ZoneNameField(PipelineCanvas canvas) {
        this.canvas = canvas;
        field.setId("zone-name-editor");
        field.setManaged(false);
        field.setVisible(false);
        field.setOnAction(e -> commit());
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                close();
            }
        });
    }

    TextField node() {
        return field;
    }

    boolean isOpen() {
        return zoneId != null;
    }

    /** The zone whose name is being edited, or null. */
    String zoneId() {
        return zoneId;
    }

    void open(String id) {
        if (id != null && id.equals(zoneId)) {
            // Already renaming this zone (a click-then-double-click on it): keep what has been typed.
            field.requestFocus();
            return;
        }
        Floorplan plan = canvas.getFloorplan();
        Zone zone = plan == null ? null : plan.zone(id).orElse(null);
        Bounds world = canvas.floorplanLayer().zoneBounds(id).orElse(null);
        if (zone == null || world == null) {
            return;
        }
        zoneId = id;
        field.setText(zone.name());
        double w = Math.max(180, Math.min(360, field.getFont().getSize() * (zone.name().length() + 4)));
        double h = field.prefHeight(w);
        Point2D centre = canvas.viewport().worldToScreen(world.getMinX() + world.getWidth() / 2,
                world.getMinY() + world.getHeight() / 2);
        field.resizeRelocate(Math.max(0, centre.getX() - w / 2), Math.max(0, centre.getY() - h / 2), w, h);
        field.setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    private void commit() {
        String id = zoneId;
        String name = field.getText();
        close();
        if (id != null) {
            canvas.floorplanLayer().editor().renameZone(id, name)
                    .ifPresentOrElse(refusal -> { }, () -> canvas.showStatus("renamed zone " + id + " to " + name.strip(), false));
        }
    }

    private void close() {
        if (zoneId == null) {
            return;
        }
        zoneId = null;
        field.setVisible(false);
        canvas.requestFocus();
    }
}
