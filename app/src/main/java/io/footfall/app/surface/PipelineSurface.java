package io.footfall.app.surface;

import io.footfall.app.document.PipelineEditing;
import io.footfall.app.run.HeatGrid;
import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.floorplan.Floorplan;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import io.footfall.canvas.floorplan.FloorplanTool;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableSet;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;

/**
 * What the studio needs from the canvas in the middle of the window: it owns the pipeline being edited
 * ({@link #editing()}, one undo stack for its gestures and the studio's property changes), shows the
 * floorplan and the heatmap, and reports the selection. {@link CanvasSurface} adapts the canvas module's
 * PipelineCanvas; another editor (or a test double of one) would implement the same few methods.
 */
public interface PipelineSurface {

    Node node();

    PipelineEditing editing();

    /** The floorplan to draw under the pipeline (null: none); {@code baseDirectory} resolves its background image. */
    void showFloorplan(Floorplan plan, Path baseDirectory);

    /** The selected stage's instance name, or null (none or several). Setting it selects that stage. */
    ObjectProperty<String> selectedStageProperty();

    /** Adds a stage of a type at (x, y) meters and selects it; returns its name, or null when refused. */
    String addStage(String typeId, double x, double y);

    void deleteSelected();

    /** Problem badges on the stages (messages on hover). */
    void showIssues(List<ConfigIssue> issues);

    /** Live records/s per stage while a run goes on; an empty map hides the badges. */
    void showStageRates(Map<String, Double> rates);

    /** The heatmap bucket to draw over the floorplan, or null to hide it. */
    void showHeatmap(HeatGrid grid);

    void setHeatmapOpacity(double opacity);

    void setDark(boolean dark);

    void fitToView();

    // ---- floorplan editing ----------------------------------------------------------------------

    /** The floorplan as shown; in floorplan-edit mode the gestures change it through commands on {@link #editing()}'s stack. */
    ObjectProperty<Floorplan> floorplanProperty();

    /** Floorplan-edit mode: sensors are selected, dragged, added and deleted, zones renamed; stages stay put. */
    BooleanProperty floorplanEditingProperty();

    ObjectProperty<FloorplanTool> floorplanToolProperty();

    /** What an added sensor listens to ("wifi", "ble"). */
    ObjectProperty<List<String>> newSensorKindsProperty();

    ObservableSet<String> selectedSensors();

    ObjectProperty<String> selectedZoneProperty();

    /** Deletes the selected sensors as one undoable step; false when none is selected or it was refused. */
    boolean deleteSelectedSensors();

    /** The floorplan edits as validated, undoable steps (what the gestures use; the property sheet uses it too). */
    io.footfall.canvas.floorplan.FloorplanEditor floorplanEditor();

    /** Opens the name field over a zone; Enter renames it as one undoable step. */
    void renameZone(String zoneId);

    /** An image of what is shown, for Export PNG. */
    WritableImage snapshot();
}
