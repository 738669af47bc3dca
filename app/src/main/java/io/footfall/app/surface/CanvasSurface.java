package io.footfall.app.surface;

import io.footfall.app.document.PipelineEditing;
import io.footfall.app.run.HeatGrid;
import io.footfall.canvas.PipelineCanvas;
import io.footfall.canvas.model.GraphNode;
import io.footfall.canvas.skin.SkinFactories;
import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.stage.StageRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import io.footfall.canvas.floorplan.FloorplanTool;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableSet;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;

/** The canvas module's PipelineCanvas as the studio's surface. */
public final class CanvasSurface implements PipelineSurface {
    private final StageRegistry registry;
    private final PipelineCanvas canvas;
    private final CanvasEditing editing;
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>(this, "selectedStage");
    private boolean syncing;

    public CanvasSurface(StageRegistry registry) {
        this.registry = registry;
        this.canvas = new PipelineCanvas(registry, new SkinFactories());
        this.canvas.setId("pipelineSurface");
        this.editing = new CanvasEditing(canvas);
        canvas.selection().nodes().addListener((SetChangeListener<GraphNode>) c -> fromCanvas());
        selected.addListener((o, a, name) -> toCanvas(name));
    }

    private void fromCanvas() {
        if (syncing) {
            return;
        }
        syncing = true;
        var nodes = canvas.selection().nodes();
        selected.set(nodes.size() == 1 ? nodes.iterator().next().getName() : null);
        syncing = false;
    }

    private void toCanvas(String name) {
        if (syncing) {
            return;
        }
        syncing = true;
        if (name == null) {
            canvas.selection().clear();
        } else {
            canvas.graphModel().node(name).ifPresentOrElse(canvas.selection()::select, canvas.selection()::clear);
        }
        syncing = false;
    }

    /** The canvas itself, for tests and for the actions it offers (copy/paste, zoom). */
    public PipelineCanvas canvas() {
        return canvas;
    }

    @Override
    public Node node() {
        return canvas;
    }

    @Override
    public PipelineEditing editing() {
        return editing;
    }

    @Override
    public void showFloorplan(Floorplan plan, Path baseDirectory) {
        canvas.setFloorplan(plan, baseDirectory);
        // Fitted now when the canvas has its size, so that the first frame with the plan shows it whole (not the
        // plan at the old zoom for a frame); again after the pending layout, for a canvas not laid out yet.
        if (canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            canvas.fitToView();
        }
        Platform.runLater(canvas::fitToView);
    }

    @Override
    public ObjectProperty<String> selectedStageProperty() {
        return selected;
    }

    @Override
    public String addStage(String typeId, double x, double y) {
        if (registry.find(typeId).isEmpty()) {
            return null;
        }
        GraphNode node = canvas.addStage(typeId, x, y);
        return node.getName();
    }

    @Override
    public void deleteSelected() {
        canvas.deleteSelection();
    }

    @Override
    public void showIssues(List<ConfigIssue> issues) {
        canvas.setIssues(issues.stream().filter(i -> i.stage() != null).toList());
    }

    @Override
    public void showStageRates(Map<String, Double> rates) {
        canvas.setStageMetrics(rates);
    }

    @Override
    public void showHeatmap(HeatGrid grid) {
        if (grid == null) {
            canvas.heatmapLayer().clear();
            return;
        }
        canvas.heatmapLayer().setExtent(grid.cols() * grid.cellSize(), grid.rows() * grid.cellSize());
        canvas.heatmapLayer().update(grid.values());
    }

    @Override
    public void setHeatmapOpacity(double opacity) {
        canvas.heatmapLayer().heatOpacityProperty().set(opacity);
    }

    @Override
    public void setDark(boolean dark) {
        canvas.setStyle(dark ? "-fx-background-color: #161b22;" : "-fx-background-color: #cfd8dc;");
    }

    @Override
    public void fitToView() {
        canvas.fitToView();
    }

    @Override
    public ObjectProperty<Floorplan> floorplanProperty() {
        return canvas.floorplanLayer().floorplanProperty();
    }

    @Override
    public BooleanProperty floorplanEditingProperty() {
        return canvas.floorplanEditingProperty();
    }

    @Override
    public ObjectProperty<FloorplanTool> floorplanToolProperty() {
        return canvas.floorplanLayer().toolProperty();
    }

    @Override
    public ObjectProperty<List<String>> newSensorKindsProperty() {
        return canvas.floorplanLayer().newSensorKindsProperty();
    }

    @Override
    public ObservableSet<String> selectedSensors() {
        return canvas.floorplanLayer().selectedSensors();
    }

    @Override
    public ObjectProperty<String> selectedZoneProperty() {
        return canvas.floorplanLayer().selectedZoneProperty();
    }

    @Override
    public boolean deleteSelectedSensors() {
        return canvas.floorplanLayer().deleteSelectedSensors();
    }

    @Override
    public io.footfall.canvas.floorplan.FloorplanEditor floorplanEditor() {
        return canvas.floorplanLayer().editor();
    }

    @Override
    public void renameZone(String zoneId) {
        canvas.editZoneName(zoneId);
    }

    @Override
    public WritableImage snapshot() {
        return canvas.snapshot(null, null);
    }
}
