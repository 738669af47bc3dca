package io.footfall.app.surface;

import io.footfall.app.run.HeatGrid;
import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.pipeline.PipelineDefinition;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;

/**
 * What the studio needs from the canvas in the middle of the window: show the floorplan, the pipeline and
 * the heatmap, report the selection, and route the user's edits to {@link SurfaceEdits} (one undoable step
 * each). The canvas module's PipelineCanvas implements it through an adapter; {@link PlaceholderSurface}
 * stands in while that module has none.
 */
public interface PipelineSurface {

    /** The drag-and-drop format of a stage type dragged from the palette: its id as a string. */
    String STAGE_TYPE_FORMAT = "application/x-footfall-stage-type";

    Node node();

    void showFloorplan(Floorplan plan);

    /** Redraws after the pipeline changed (an edit, undo, open). */
    void showPipeline(PipelineDefinition pipeline);

    void setEdits(SurfaceEdits edits);

    /** The selected stage's instance name, or null. Setting it selects (Issues double-click, tests). */
    ObjectProperty<String> selectedStageProperty();

    /** A problem badge per stage (messages shown on hover); empty map clears. */
    void showStageProblems(Map<String, List<String>> problems);

    /** Live records/s per stage while a run goes on; empty map hides the badges. */
    void showStageRates(Map<String, Double> rates);

    /** The heatmap bucket to draw over the floorplan, or null to hide it. */
    void showHeatmap(HeatGrid grid);

    void setHeatmapOpacity(double opacity);

    /** Fits floorplan and pipeline into view. */
    void fitToView();

    /** An image of what is shown, for Export PNG. */
    javafx.scene.image.WritableImage snapshot();
}
