package io.footfall.canvas;

import io.footfall.canvas.clipboard.CopiedStages;
import io.footfall.canvas.clipboard.StageClipboard;
import io.footfall.canvas.command.AddNodeCommand;
import io.footfall.canvas.command.Command;
import io.footfall.canvas.command.CommandStack;
import io.footfall.canvas.command.CompositeCommand;
import io.footfall.canvas.command.GraphCommands;
import io.footfall.canvas.command.RenameCommand;
import io.footfall.canvas.command.SetConfigCommand;
import io.footfall.canvas.command.SetLabelCommand;
import io.footfall.canvas.layer.FloorplanLayer;
import io.footfall.canvas.layer.HeatmapLayer;
import io.footfall.canvas.layer.HeatmapLegend;
import io.footfall.canvas.layer.PipelineLayer;
import io.footfall.canvas.model.GraphModel;
import io.footfall.canvas.model.GraphNode;
import io.footfall.canvas.model.Selection;
import io.footfall.canvas.skin.NodeSkin;
import io.footfall.canvas.skin.SkinFactories;
import io.footfall.canvas.skin.SkinLookup;
import io.footfall.canvas.skin.StageNodeSkin;
import io.footfall.canvas.view.Culling;
import io.footfall.canvas.view.GestureCache;
import io.footfall.canvas.view.StillGroup;
import io.footfall.canvas.view.Viewport;
import io.footfall.canvas.view.WorldUnits;
import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.StageInstance;
import io.footfall.runtime.stage.StageRegistry;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.DataFormat;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.util.Duration;

/**
 * The pipeline editor: a zoomable, pannable world with the floorplan at the bottom, a heatmap over it
 * and the pipeline's stages and edges on top. Every edit goes through {@link #commandStack()}; the
 * application reads the result with {@link #getPipeline()} and may push its own commands on the same
 * stack. Mouse: click / shift- or ctrl-click / rubber band select; drag nodes to move; drag from an
 * output port to a stage to connect; right or middle drag, or space + drag, pans; wheel and pinch zoom
 * around the pointer. Keys: Delete, Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z), Ctrl+C / X / V, Ctrl+A, F fits,
 * + and - zoom, Escape cancels.
 */
public class PipelineCanvas extends Region {
    /** What a palette puts in a drag to drop a stage type here (the content is the type id). */
    public static final DataFormat STAGE_TYPE_FORMAT = CanvasDataFormats.STAGE_TYPE;
    private static final double FIT_MARGIN = 24;

    private final GraphModel model;
    private final CommandStack commands = new CommandStack();
    private final Selection selection;
    private final Viewport viewport = new Viewport();
    private final Group world = new Group();
    /**
     * The three layers, without a transform of their own: what a gesture's bitmap is drawn from; left out of
     * the per-frame bounds pass while the bitmap stands in for them.
     */
    private final StillGroup content = new StillGroup();
    private final FloorplanLayer floorplanLayer;
    private final HeatmapLayer heatmapLayer = new HeatmapLayer();
    private final PipelineLayer pipelineLayer;
    private final Group interactionLayer = new Group();
    private final Rectangle rubberBand = new Rectangle();
    private final Label statusLabel = new Label();
    private final HeatmapLegend legend;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper(this, "statusIsError");
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", true);
    private final DoubleProperty gridMeters = new SimpleDoubleProperty(this, "gridMeters", 1);
    private final PauseTransition statusTimeout = new PauseTransition(Duration.seconds(5));
    private final CanvasMouseHandler mouse;
    private final GestureCache gestureCache;
    private final ZoneNameField zoneNameField = new ZoneNameField(this);
    private Path floorplanBase;

    public PipelineCanvas() {
        this(StageRegistry.defaultRegistry(), new SkinFactories());
    }

    public PipelineCanvas(StageRegistry registry, SkinFactories skins) {
        getStyleClass().add("pipeline-canvas");
        setFocusTraversable(true);
        setStyle("-fx-background-color: #cfd8dc;");
        model = new GraphModel(registry);
        selection = new Selection(model);
        floorplanLayer = new FloorplanLayer(commands, this::showStatus);
        floorplanLayer.setSnap(this::snap);
        pipelineLayer = new PipelineLayer(model, selection, skins);
        content.getChildren().addAll(floorplanLayer, heatmapLayer, pipelineLayer);
        world.getChildren().addAll(content, interactionLayer);
        ImageView overviewUnder = new ImageView();
        ImageView bitmapUnder = new ImageView();
        ImageView resampledUnder = new ImageView();
        ImageView screenHeat = new ImageView();
        ImageView overviewOver = new ImageView();
        ImageView bitmapOver = new ImageView();
        for (ImageView v : new ImageView[] {overviewUnder, bitmapUnder, resampledUnder, screenHeat, overviewOver, bitmapOver}) {
            v.setManaged(false);
        }
        Translate pan = new Translate();
        pan.xProperty().bind(viewport.translateXProperty());
        pan.yProperty().bind(viewport.translateYProperty());
        Scale zoom = new Scale();
        zoom.xProperty().bind(viewport.scaleProperty());
        zoom.yProperty().bind(viewport.scaleProperty());
        world.getTransforms().addAll(pan, zoom);
        gestureCache = new GestureCache(viewport, this, content, floorplanLayer, heatmapLayer, pipelineLayer,
                overviewUnder, bitmapUnder, resampledUnder, screenHeat, overviewOver, bitmapOver,
                Duration.millis(250), this::syncLayerZoom, new Culling() {
                    @Override
                    public void cullTo(javafx.geometry.Rectangle2D world) {
                        floorplanLayer.cullTo(world);
                        pipelineLayer.cullTo(world);
                    }

                    @Override
                    public void uncull() {
                        floorplanLayer.uncull();
                        pipelineLayer.uncull();
                    }
                });
        viewport.scaleProperty().addListener((o, a, b) -> {
            // While a bitmap stands in for the layers, showing and hiding labels per zoom step would only cost
            // bounds passes over every stage: the layers catch up before the next bitmap or when it goes.
            if (!gestureCache.isActive()) {
                syncLayerZoom();
            }
        });

        rubberBand.setManaged(false);
        rubberBand.setVisible(false);
        rubberBand.setFill(javafx.scene.paint.Color.rgb(41, 182, 246, 0.15));
        rubberBand.setStroke(javafx.scene.paint.Color.rgb(41, 182, 246));
        rubberBand.getStrokeDashArray().setAll(5.0, 3.0);
        rubberBand.setMouseTransparent(true);
        rubberBand.setId("rubber-band");

        statusLabel.setId("canvas-status");
        statusLabel.textProperty().bind(status);
        statusLabel.visibleProperty().bind(status.isNotEmpty());
        statusLabel.setMouseTransparent(true);
        statusIsError.addListener((o, a, b) -> styleStatus());
        styleStatus();
        statusTimeout.setOnFinished(e -> status.set(""));

        legend = new HeatmapLegend(heatmapLayer, "people");
        getChildren().addAll(overviewUnder, bitmapUnder, resampledUnder, world, screenHeat, overviewOver, bitmapOver,
                rubberBand, statusLabel, legend, zoneNameField.node());

        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        mouse = new CanvasMouseHandler(this);
        mouse.install();
        new CanvasKeyHandler(this).install();
        new FloorplanEditGestures(this).install();
        floorplanLayer.problemProperty().addListener((o, a, b) -> {
            if (!b.isEmpty()) {
                showStatus(b, true);
            }
        });
    }

    private void syncLayerZoom() {
        pipelineLayer.setZoom(viewport.getScale());
        floorplanLayer.setZoom(viewport.getScale());
    }

    private void styleStatus() {
        statusLabel.setStyle("-fx-padding: 4 10; -fx-background-radius: 4; -fx-font-size: 12px;"
                + (statusIsError.get() ? "-fx-background-color: #c62828; -fx-text-fill: white;"
                : "-fx-background-color: rgba(38,50,56,0.85); -fx-text-fill: white;"));
    }

    @Override
    protected void layoutChildren() {
        statusLabel.autosize();
        statusLabel.relocate(10, getHeight() - statusLabel.getHeight() - 10);
        legend.autosize();
        legend.relocate(getWidth() - legend.getWidth() - 10, getHeight() - legend.getHeight() - 10);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 1000;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 700;
    }

    // ---- document -------------------------------------------------------------------------------

    /** Opens a pipeline: replaces the graph and forgets the undo history. */
    public void setPipeline(PipelineDefinition pipeline) {
        selection.clear();
        model.load(pipeline);
        commands.clear();
    }

    /** The pipeline as edited so far. */
    public PipelineDefinition getPipeline() {
        return model.toDefinition();
    }

    public void setFloorplan(Floorplan plan) {
        setFloorplan(plan, null);
    }

    /** Shows a floorplan under the pipeline; a background image is resolved against {@code baseDirectory}. */
    public void setFloorplan(Floorplan plan, Path baseDirectory) {
        floorplanBase = baseDirectory;
        floorplanLayer.setFloorplan(plan, baseDirectory);
        if (plan != null) {
            heatmapLayer.setExtent(plan.width(), plan.height());
        }
    }

    public Floorplan getFloorplan() {
        return floorplanLayer.getFloorplan();
    }

    public Path floorplanBaseDirectory() {
        return floorplanBase;
    }

    public GraphModel graphModel() {
        return model;
    }

    public CommandStack commandStack() {
        return commands;
    }

    public Selection selection() {
        return selection;
    }

    public HeatmapLayer heatmapLayer() {
        return heatmapLayer;
    }

    public FloorplanLayer floorplanLayer() {
        return floorplanLayer;
    }

    public SkinLookup skinLookup() {
        return pipelineLayer;
    }

    public Viewport viewport() {
        return viewport;
    }

    /** Live throughput per stage name (records/s) while a pipeline runs; null or empty hides the badges. */
    public void setStageMetrics(Map<String, Double> recordsPerSecond) {
        pipelineLayer.setStageMetrics(recordsPerSecond);
    }

    /** Validation results: stage issues become badges, the first pipeline-level one goes to the status line. */
    public void setIssues(Collection<ConfigIssue> issues) {
        pipelineLayer.setIssues(issues);
        issues.stream().filter(i -> i.stage() == null).findFirst()
                .ifPresent(i -> showStatus(i.message(), i.isError()));
    }

    // ---- status ---------------------------------------------------------------------------------

    /** Shows a message at the bottom left for a few seconds; refused edits explain themselves here. */
    public void showStatus(String message, boolean error) {
        statusIsError.set(error);
        status.set(message);
        statusTimeout.playFromStart();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return statusIsError.getReadOnlyProperty();
    }

    // ---- options --------------------------------------------------------------------------------

    public BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    public DoubleProperty gridMetersProperty() {
        return gridMeters;
    }

    /** Whether continuous pans and zooms move a bitmap of the floorplan and pipeline (default) or redraw them. */
    public BooleanProperty gestureCachingProperty() {
        return gestureCache.enabledProperty();
    }

    /** The bitmap that stands in for the layers during pans and zooms (see {@link GestureCache}). */
    public GestureCache gestureCache() {
        return gestureCache;
    }

    /**
     * Floorplan-edit mode: sensors can be selected, dragged, added ({@link FloorplanLayer#toolProperty()}) and
     * deleted, zones selected and renamed (double-click, or {@link #editZoneName}); the stages fade and stay put.
     */
    public BooleanProperty floorplanEditingProperty() {
        return floorplanLayer.editingProperty();
    }

    /** Opens the in-place name field over a zone (floorplan-edit mode); Enter renames it as an undoable step. */
    public void editZoneName(String zoneId) {
        zoneNameField.open(zoneId);
    }

    boolean isEditingZoneName() {
        return zoneNameField.isOpen();
    }

    /** The zone whose in-place name field is open, or null. */
    String zoneNameEditing() {
        return zoneNameField.zoneId();
    }

    Node zoneNameEditor() {
        return zoneNameField.node();
    }

    double snap(double meters) {
        double g = gridMeters.get();
        return snapToGrid.get() && g > 0 ? Math.round(meters / g) * g : meters;
    }

    // ---- view -----------------------------------------------------------------------------------

    /** Shows the floorplan and every stage. */
    public void fitToView() {
        Bounds b = contentBounds();
        if (b != null) {
            viewport.fit(b, getWidth(), getHeight(), FIT_MARGIN);
        }
    }

    private Bounds contentBounds() {
        Bounds plan = floorplanLayer.getFloorplan() == null ? null : floorplanLayer.getBoundsInParent();
        Bounds stages = model.nodes().isEmpty() ? null : pipelineLayer.getBoundsInParent();
        if (plan == null) {
            return stages;
        }
        if (stages == null) {
            return plan;
        }
        double minX = Math.min(plan.getMinX(), stages.getMinX());
        double minY = Math.min(plan.getMinY(), stages.getMinY());
        return new BoundingBox(minX, minY, Math.max(plan.getMaxX(), stages.getMaxX()) - minX,
                Math.max(plan.getMaxY(), stages.getMaxY()) - minY);
    }

    public void zoomIn() {
        viewport.zoomAt(1.25, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        viewport.zoomAt(1 / 1.25, getWidth() / 2, getHeight() / 2);
    }

    // ---- edits ----------------------------------------------------------------------------------

    /** Adds a stage of a type with its default configuration, its top-left corner at (x, y) meters. */
    public GraphNode addStage(String type, double xMeters, double yMeters) {
        GraphNode node = model.createNode(type, snap(xMeters), snap(yMeters));
        commands.execute(new AddNodeCommand(model, node));
        selection.select(node);
        return node;
    }

    /** Connects {@code from}'s lane to {@code to}, or explains on the status line why not. */
    public boolean connect(GraphNode from, String lane, GraphNode to) {
        var result = GraphCommands.connect(model, from, lane, to);
        if (result.accepted()) {
            commands.execute(result.command().get());
            showStatus("connected " + from.getName() + " → " + to.getName(), false);
            return true;
        }
        showStatus("Cannot connect: " + result.refusal(), true);
        return false;
    }

    /** Changes one configuration value (null removes it) as an undoable step. */
    public void setConfig(GraphNode node, String key, Object value) {
        commands.execute(new SetConfigCommand(node, key, value));
    }

    /** Changes the label shown on a stage (null or blank: the type's label) as an undoable step. */
    public void setLabel(GraphNode node, String label) {
        commands.execute(new SetLabelCommand(node, label == null || label.isBlank() ? null : label));
    }

    /** Renames a stage, or explains on the status line why not (empty, taken). */
    public boolean rename(GraphNode node, String newName) {
        String wanted = newName == null ? "" : newName.strip();
        if (wanted.isEmpty()) {
            showStatus("Cannot rename: a stage name cannot be empty", true);
            return false;
        }
        if (model.node(wanted).filter(n -> n != node).isPresent()) {
            showStatus("Cannot rename: a stage named '" + wanted + "' is already in the pipeline", true);
            return false;
        }
        if (!wanted.equals(node.getName())) {
            commands.execute(new RenameCommand(model, node, wanted));
        }
        return true;
    }

    public void deleteSelection() {
        if (selection.isEmpty()) {
            return;
        }
        Command delete = GraphCommands.delete(model, selection.orderedNodes(), selection.orderedEdges());
        selection.clear();
        commands.execute(delete);
    }

    public void selectAll() {
        selection.selectAll();
    }

    /** Puts the selected stages (and the edges among them) on the system clipboard as JSON. */
    public boolean copySelection() {
        List<GraphNode> nodes = selection.orderedNodes();
        if (nodes.isEmpty()) {
            return false;
        }
        StageClipboard.put(StageClipboard.capture(nodes, model.edges()));
        showStatus("copied " + nodes.size() + (nodes.size() == 1 ? " stage" : " stages"), false);
        return true;
    }

    public void cutSelection() {
        if (copySelection()) {
            Command delete = GraphCommands.delete(model, selection.orderedNodes(), selection.orderedEdges());
            selection.clear();
            commands.execute(new CompositeCommand("cut", List.of(delete)));
        }
    }

    /** Pastes stages from the clipboard at the pointer (or beside the originals), renaming on clashes. */
    public boolean paste() {
        Optional<CopiedStages> content = StageClipboard.get();
        if (content.isEmpty() || content.get().stages().isEmpty()) {
            showStatus("Nothing to paste: the clipboard holds no Footfall stages", true);
            return false;
        }
        List<StageInstance> stages = content.get().stages();
        double minX = stages.stream().mapToDouble(s -> s.position() == null ? 0 : s.position().x()).min().orElse(0);
        double minY = stages.stream().mapToDouble(s -> s.position() == null ? 0 : s.position().y()).min().orElse(0);
        double dx = 3;
        double dy = 3;
        Point2D pointer = mouse.lastPointerWorld();
        if (pointer != null) {
            dx = snap(WorldUnits.toMeters(pointer.getX())) - minX;
            dy = snap(WorldUnits.toMeters(pointer.getY())) - minY;
        }
        var paste = GraphCommands.paste(model, stages, content.get().edges(), dx, dy);
        commands.execute(paste.command());
        selection.setNodes(paste.nodes());
        return true;
    }

    public void undo() {
        if (!commands.undo()) {
            showStatus("Nothing to undo", false);
        }
    }

    public void redo() {
        if (!commands.redo()) {
            showStatus("Nothing to redo", false);
        }
    }

    // ---- for the handlers ------------------------------------------------------------------------

    CanvasMouseHandler mouseHandler() {
        return mouse;
    }

    Group interactionLayer() {
        return interactionLayer;
    }

    Rectangle rubberBand() {
        return rubberBand;
    }

    PipelineLayer pipelineLayer() {
        return pipelineLayer;
    }

    /** The topmost stage whose box contains the world point, if any. */
    Optional<GraphNode> nodeAt(Point2D worldPoint) {
        List<GraphNode> nodes = model.nodes();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            GraphNode n = nodes.get(i);
            NodeSkin skin = pipelineLayer.nodeSkin(n);
            if (skin != null && skin.root().getBoundsInParent().contains(worldPoint)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** World bounds of a stage's box (without its badges), for rubber-band selection. */
    Bounds nodeBounds(GraphNode n) {
        NodeSkin skin = pipelineLayer.nodeSkin(n);
        double h = skin instanceof StageNodeSkin s ? s.height() : StageNodeSkin.MIN_HEIGHT;
        return new BoundingBox(WorldUnits.toWorld(n.getX()), WorldUnits.toWorld(n.getY()), StageNodeSkin.WIDTH, h);
    }
}
