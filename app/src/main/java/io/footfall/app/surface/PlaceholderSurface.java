package io.footfall.app.surface;

import io.footfall.app.document.DocumentSurfaceEdits;
import io.footfall.app.document.EditHistory;
import io.footfall.app.document.PipelineDocument;
import io.footfall.app.document.PipelineEditing;
import io.footfall.app.run.HeatGrid;
import io.footfall.runtime.api.ConfigIssue;
import java.nio.file.Path;
import io.footfall.app.ui.Icons;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.pipeline.Edge;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.StageInstance;
import io.footfall.runtime.stage.StageRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * A plain stand-in for the canvas module's editor: floorplan, heatmap, stage nodes with ports and curved
 * edges; drop a palette item to add, drag to move, drag from an output port onto a stage to connect,
 * click to select, Delete to remove, wheel to zoom, drag the background to pan. Positions are floorplan meters.
 */
public final class PlaceholderSurface extends StackPane implements PipelineSurface {
    static final double NODE_W = 150;
    static final double NODE_H = 40;

    private final StageRegistry registry;
    private final Canvas floor = new Canvas();
    private final ImageView heat = new ImageView();
    private final Pane edgeLayer = new Pane();
    private final Pane stageLayer = new Pane();
    private final Label toast = new Label();
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>(this, "selectedStage");
    private final Map<String, StageNode> nodes = new HashMap<>();
    private Map<String, List<String>> problems = Map.of();
    private Map<String, Double> rates = Map.of();
    private Floorplan plan;
    private PipelineDefinition pipeline;
    private HeatGrid grid;
    private final EditHistory history = new EditHistory(PipelineDocument.emptyPipeline());
    private final DocumentSurfaceEdits edits;
    private double scale = 2;
    private double tx = 20;
    private double ty = 20;
    /** Until the user zooms or pans, the view keeps fitting the plan as the window resizes. */
    private boolean userMoved;
    private boolean dark;
    private Point2D panFrom;

    public PlaceholderSurface(StageRegistry registry) {
        this.registry = registry;
        this.edits = new DocumentSurfaceEdits(history, registry);
        history.currentProperty().addListener((o, a, p) -> showPipeline(p));
        getStyleClass().add("pipeline-surface");
        setId("pipelineSurface");
        Pane world = new Pane(floor, heat, edgeLayer, stageLayer);
        edgeLayer.setPickOnBounds(false);
        stageLayer.setPickOnBounds(false);
        edgeLayer.setMouseTransparent(true);
        heat.setMouseTransparent(true);
        heat.setSmooth(true);
        heat.setOpacity(0.65);
        toast.getStyleClass().add("surface-toast");
        toast.setVisible(false);
        StackPane.setAlignment(toast, Pos.TOP_CENTER);
        getChildren().addAll(world, toast);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinSize(200, 150);
        widthProperty().addListener((o, a, b) -> onResize());
        heightProperty().addListener((o, a, b) -> onResize());
        selected.addListener((o, a, b) -> nodes.values().forEach(StageNode::refreshStyle));
        installInteractions();
        showPipeline(history.current());
    }

    private void installInteractions() {
        setFocusTraversable(true);
        setOnDragOver(e -> {
            if (e.getDragboard().hasContent(StageTypeDrag.format())) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = false;
            Object type = e.getDragboard().getContent(StageTypeDrag.format());
            if (type != null) {
                Point2D m = toMeters(e.getX() - NODE_W / 2, e.getY() - NODE_H / 2);
                String name = edits.addStage(type.toString(), m.getX(), m.getY());
                if (name != null) {
                    selected.set(name);
                    ok = true;
                }
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        setOnMousePressed(e -> {
            requestFocus();
            if (e.getTarget() == this || e.getTarget() == floor || e.getTarget() instanceof Pane) {
                selected.set(null);
                panFrom = new Point2D(e.getX(), e.getY());
            }
        });
        setOnMouseDragged(e -> {
            if (panFrom != null && e.getButton() == MouseButton.PRIMARY) {
                userMoved = true;
                tx += e.getX() - panFrom.getX();
                ty += e.getY() - panFrom.getY();
                panFrom = new Point2D(e.getX(), e.getY());
                redraw();
            }
        });
        setOnMouseReleased(e -> panFrom = null);
        setOnScroll(e -> {
            double f = e.getDeltaY() > 0 ? 1.15 : 1 / 1.15;
            zoomAround(e.getX(), e.getY(), f);
        });
        setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && selected.get() != null) {
                edits.delete(List.of(selected.get()));
                selected.set(null);
            }
        });
    }

    void zoomAround(double x, double y, double f) {
        double s = Math.max(0.2, Math.min(60, scale * f));
        f = s / scale;
        userMoved = true;
        tx = x - (x - tx) * f;
        ty = y - (y - ty) * f;
        scale = s;
        redraw();
    }

    private Point2D toMeters(double x, double y) {
        return new Point2D((x - tx) / scale, (y - ty) / scale);
    }

    private void onResize() {
        if (!userMoved && getWidth() > 0 && getHeight() > 0) {
            fitToView();
        } else {
            redraw();
        }
    }

    @Override
    public void fitToView() {
        if (getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        double minX = 0;
        double minY = 0;
        double maxX = plan == null ? 100 : plan.width();
        double maxY = plan == null ? 60 : plan.height();
        if (pipeline != null) {
            for (StageInstance s : pipeline.stages()) {
                if (s.position() != null) {
                    minX = Math.min(minX, s.position().x());
                    minY = Math.min(minY, s.position().y());
                    maxX = Math.max(maxX, s.position().x() + 10);
                    maxY = Math.max(maxY, s.position().y() + 10);
                }
            }
        }
        double margin = 40;
        scale = Math.max(0.2, Math.min((getWidth() - 2 * margin - NODE_W) / (maxX - minX),
                (getHeight() - 2 * margin - NODE_H) / (maxY - minY)));
        tx = margin - minX * scale + (getWidth() - 2 * margin - NODE_W - (maxX - minX) * scale) / 2;
        ty = margin - minY * scale + (getHeight() - 2 * margin - NODE_H - (maxY - minY) * scale) / 2;
        userMoved = false;
        redraw();
    }

    @Override
    public void setDark(boolean dark) {
        this.dark = dark;
        redraw();
    }

    private void redraw() {
        floor.setWidth(getWidth());
        floor.setHeight(getHeight());
        var g = floor.getGraphicsContext2D();
        g.clearRect(0, 0, floor.getWidth(), floor.getHeight());
        if (plan != null) {
            FloorplanPainter.paint(g, plan, scale, tx, ty, dark);
        }
        placeHeat();
        layoutStages();
    }

    private void placeHeat() {
        if (grid == null) {
            heat.setImage(null);
            return;
        }
        heat.setImage(HeatmapImage.render(grid));
        heat.setLayoutX(tx);
        heat.setLayoutY(ty);
        heat.setFitWidth(grid.cols() * grid.cellSize() * scale);
        heat.setFitHeight(grid.rows() * grid.cellSize() * scale);
    }

    private void rebuildStages() {
        stageLayer.getChildren().clear();
        nodes.clear();
        if (pipeline == null) {
            return;
        }
        for (StageInstance s : pipeline.stages()) {
            StageNode n = new StageNode(s, registry.find(s.type()));
            nodes.put(s.name(), n);
            stageLayer.getChildren().add(n);
        }
        layoutStages();
    }

    private void layoutStages() {
        for (StageNode n : nodes.values()) {
            StageInstance.Position p = n.stage.position() == null ? new StageInstance.Position(0, 0) : n.stage.position();
            n.relocate(tx + p.x() * scale, ty + p.y() * scale);
            n.refreshStyle();
        }
        drawEdges();
    }

    private void drawEdges() {
        edgeLayer.getChildren().clear();
        if (pipeline == null) {
            return;
        }
        for (Edge e : pipeline.edges()) {
            StageNode from = nodes.get(e.from());
            StageNode to = nodes.get(e.to());
            if (from == null || to == null) {
                continue;
            }
            Point2D a = from.outPort(e.lane());
            Point2D b = new Point2D(to.getLayoutX(), to.getLayoutY() + NODE_H / 2);
            double dx = Math.max(40, Math.abs(b.getX() - a.getX()) / 2);
            CubicCurve c = new CubicCurve(a.getX(), a.getY(), a.getX() + dx, a.getY(), b.getX() - dx, b.getY(), b.getX(), b.getY());
            c.getStyleClass().add("pipeline-edge");
            c.setFill(null);
            Polygon arrow = new Polygon(b.getX(), b.getY(), b.getX() - 9, b.getY() - 5, b.getX() - 9, b.getY() + 5);
            arrow.getStyleClass().add("pipeline-edge-arrow");
            edgeLayer.getChildren().addAll(c, arrow);
            if (!StageDefinition.DEFAULT_LANE.equals(e.lane())) {
                Label lane = new Label(e.lane());
                lane.getStyleClass().add("edge-lane");
                lane.relocate((a.getX() + b.getX()) / 2, (a.getY() + b.getY()) / 2 - 16);
                edgeLayer.getChildren().add(lane);
            }
        }
    }

    private Optional<StageNode> nodeAt(double sceneX, double sceneY) {
        for (StageNode n : nodes.values()) {
            Point2D local = n.sceneToLocal(sceneX, sceneY);
            if (local != null && n.contains(local)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    private void showToast(String text) {
        toast.setText(text);
        toast.setVisible(true);
        PauseTransition hide = new PauseTransition(Duration.seconds(3));
        hide.setOnFinished(e -> toast.setVisible(false));
        hide.play();
    }

    /** One stage on the surface: icon, name, type, problem and rate badges, ports. */
    private final class StageNode extends Pane {
        private final StageInstance stage;
        private final List<String> lanes;
        private final HBox body = new HBox(8);
        private final Label badge = new Label("!");
        private final Label rate = new Label();
        private Point2D dragFrom;
        private Point2D startMeters;

        StageNode(StageInstance stage, Optional<StageDefinition> type) {
            this.stage = stage;
            setId("stage-" + stage.name());
            getStyleClass().add("stage-node");
            List<String> l = new ArrayList<>(type.map(t -> t.outputLanes(stage.config())).orElse(List.of()));
            if (type.map(StageDefinition::producesEvents).orElse(false)) {
                l.add(StageDefinition.EVENT_LANE);
            }
            this.lanes = l;
            Label name = new Label(stage.name());
            name.getStyleClass().add("stage-name");
            Label kind = new Label(type.map(StageDefinition::label).orElse("unknown type " + stage.type()));
            kind.getStyleClass().add("stage-type");
            VBox text = new VBox(0, name, kind);
            Node icon = type.<Node>map(Icons::forStage).orElse(new Label("?"));
            body.getChildren().addAll(icon, text);
            body.setAlignment(Pos.CENTER_LEFT);
            body.setPrefSize(NODE_W, NODE_H);
            body.getStyleClass().add("stage-body");
            badge.getStyleClass().add("stage-problem-badge");
            badge.relocate(NODE_W - 10, -8);
            rate.getStyleClass().add("stage-rate-badge");
            rate.relocate(4, NODE_H + 2);
            getChildren().addAll(body, badge, rate);
            if (type.map(StageDefinition::hasInput).orElse(true)) {
                Circle in = new Circle(0, NODE_H / 2, 5);
                in.getStyleClass().add("stage-port");
                getChildren().add(in);
            }
            for (int i = 0; i < lanes.size(); i++) {
                Circle out = new Circle(NODE_W, laneY(i), 5);
                out.getStyleClass().addAll("stage-port", "stage-port-out");
                out.setId("port-" + stage.name() + "-" + lanes.get(i));
                Tooltip.install(out, new Tooltip("lane '" + lanes.get(i) + "': drag onto a stage to connect"));
                installConnectDrag(out, lanes.get(i));
                getChildren().add(out);
            }
            Tooltip.install(body, new Tooltip(stage.type()));
            installMoveDrag();
        }

        private double laneY(int i) {
            return lanes.size() <= 1 ? NODE_H / 2 : 6 + i * (NODE_H - 12) / (lanes.size() - 1);
        }

        Point2D outPort(String lane) {
            int i = Math.max(0, lanes.indexOf(lane));
            return new Point2D(getLayoutX() + NODE_W, getLayoutY() + laneY(i));
        }

        void refreshStyle() {
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), stage.name().equals(selected.get()));
            List<String> p = problems.getOrDefault(stage.name(), List.of());
            badge.setVisible(!p.isEmpty());
            if (!p.isEmpty()) {
                Tooltip.install(badge, new Tooltip(String.join("\n", p)));
            }
            Double r = rates.get(stage.name());
            rate.setVisible(r != null);
            rate.setText(r == null ? "" : String.format("%,.0f rec/s", r));
        }

        private void installMoveDrag() {
            body.setOnMousePressed(e -> {
                selected.set(stage.name());
                PlaceholderSurface.this.requestFocus();
                dragFrom = new Point2D(e.getSceneX(), e.getSceneY());
                StageInstance.Position p = stage.position() == null ? new StageInstance.Position(0, 0) : stage.position();
                startMeters = new Point2D(p.x(), p.y());
                e.consume();
            });
            body.setOnMouseDragged(e -> {
                if (dragFrom != null) {
                    relocate(tx + startMeters.getX() * scale + e.getSceneX() - dragFrom.getX(),
                            ty + startMeters.getY() * scale + e.getSceneY() - dragFrom.getY());
                }
                e.consume();
            });
            body.setOnMouseReleased(e -> {
                if (dragFrom != null && dragFrom.distance(e.getSceneX(), e.getSceneY()) > 2) {
                    Point2D m = toMeters(getLayoutX(), getLayoutY());
                    edits.moveStage(stage.name(), round(m.getX()), round(m.getY()));
                }
                dragFrom = null;
                e.consume();
            });
        }

        private void installConnectDrag(Circle port, String lane) {
            Line rubber = new Line();
            rubber.getStyleClass().add("pipeline-edge-pending");
            port.setOnMousePressed(e -> {
                Point2D a = outPort(lane);
                rubber.setStartX(a.getX());
                rubber.setStartY(a.getY());
                rubber.setEndX(a.getX());
                rubber.setEndY(a.getY());
                stageLayer.getChildren().add(rubber);
                e.consume();
            });
            port.setOnMouseDragged(e -> {
                Point2D p = stageLayer.sceneToLocal(e.getSceneX(), e.getSceneY());
                rubber.setEndX(p.getX());
                rubber.setEndY(p.getY());
                e.consume();
            });
            port.setOnMouseReleased(e -> {
                stageLayer.getChildren().remove(rubber);
                Optional<StageNode> target = nodeAt(e.getSceneX(), e.getSceneY());
                if (target.isPresent()) {
                    String refused = edits.connect(stage.name(), lane, target.get().stage.name());
                    if (refused != null) {
                        showToast(refused);
                    }
                }
                e.consume();
            });
        }
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public PipelineEditing editing() {
        return history;
    }

    @Override
    public String addStage(String typeId, double x, double y) {
        String name = edits.addStage(typeId, x, y);
        if (name != null) {
            selected.set(name);
        }
        return name;
    }

    @Override
    public void deleteSelected() {
        if (selected.get() != null) {
            edits.delete(List.of(selected.get()));
            selected.set(null);
        }
    }

    @Override
    public void showFloorplan(Floorplan plan, Path baseDirectory) {
        this.plan = plan;
        userMoved = false;
        onResize();
    }

    private void showPipeline(PipelineDefinition pipeline) {
        boolean first = this.pipeline == null || !this.pipeline.id().equals(pipeline.id());
        this.pipeline = pipeline;
        if (selected.get() != null && pipeline.stage(selected.get()).isEmpty()) {
            selected.set(null);
        }
        rebuildStages();
        if (first) {
            userMoved = false;
            onResize();
        }
    }

    @Override
    public ObjectProperty<String> selectedStageProperty() {
        return selected;
    }

    @Override
    public void showIssues(List<ConfigIssue> issues) {
        Map<String, List<String>> byStage = new HashMap<>();
        for (ConfigIssue i : issues) {
            if (i.stage() != null) {
                byStage.computeIfAbsent(i.stage(), k -> new ArrayList<>()).add(i.message());
            }
        }
        this.problems = byStage;
        nodes.values().forEach(StageNode::refreshStyle);
    }

    @Override
    public void showStageRates(Map<String, Double> rates) {
        this.rates = Map.copyOf(rates);
        nodes.values().forEach(StageNode::refreshStyle);
    }

    @Override
    public void showHeatmap(HeatGrid grid) {
        this.grid = grid;
        placeHeat();
    }

    @Override
    public void setHeatmapOpacity(double opacity) {
        heat.setOpacity(opacity);
    }

    @Override
    public WritableImage snapshot() {
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(dark ? Color.web("#0d1117") : Color.WHITE);
        return snapshot(p, null);
    }
}
