package io.footfall.canvas.layer;

import io.footfall.canvas.model.GraphEdge;
import io.footfall.canvas.model.GraphModel;
import io.footfall.canvas.model.GraphNode;
import io.footfall.canvas.model.Selection;
import io.footfall.canvas.skin.EdgeSkin;
import io.footfall.canvas.skin.NodeSkin;
import io.footfall.canvas.skin.SkinFactories;
import io.footfall.canvas.skin.SkinLookup;
import io.footfall.runtime.api.ConfigIssue;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import io.footfall.canvas.view.SpatialGroup;
import io.footfall.canvas.view.WorldUnits;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;

/**
 * The stages and edges, kept in step with the model: a skin is made when a node or edge appears and
 * disposed when it goes (so undo of an add removes the view too). Edges lie beneath the nodes.
 */
public final class PipelineLayer extends Group implements SkinLookup {
    private final GraphModel model;
    private final SkinFactories factories;
    /**
     * World units per side of the cells the stages and edges are kept in: 40 m, about a third of the window at zoom 1,
     * so a refill strip of a pan draws a few cells' skins, not all of them ({@link SpatialGroup}).
     */
    private static final double CELL = WorldUnits.toWorld(40);
    private final SpatialGroup edgeGroup = new SpatialGroup(CELL);
    private final SpatialGroup nodeGroup = new SpatialGroup(CELL);
    /** Fades the stages and edges themselves: the layer's own opacity belongs to the canvas's gesture bitmap. */
    private final javafx.beans.property.DoubleProperty contentOpacity =
            new javafx.beans.property.SimpleDoubleProperty(this, "contentOpacity", 1.0);
    private final Map<GraphNode, NodeSkin> nodeSkins = new IdentityHashMap<>();
    private final Map<GraphEdge, EdgeSkin> edgeSkins = new HashMap<>();
    private Map<String, List<ConfigIssue>> issuesByStage = Map.of();
    private Map<String, Double> rates = Map.of();
    private double zoom = 1;
    /** Stages moved, came or went, or were renamed: their markers are placed again in the next layout pass. */
    private boolean markersStale;
    private final javafx.beans.InvalidationListener markersMoved = o -> markersStale();

    public PipelineLayer(GraphModel model, Selection selection, SkinFactories factories) {
        this.model = model;
        this.factories = factories;
        getChildren().addAll(edgeGroup, nodeGroup);
        edgeGroup.opacityProperty().bind(contentOpacity);
        nodeGroup.opacityProperty().bind(contentOpacity);
        model.nodes().forEach(this::addNodeSkin);
        model.edges().forEach(this::addEdgeSkin);
        model.nodes().addListener((ListChangeListener<GraphNode>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(this::removeNodeSkin);
                c.getAddedSubList().forEach(this::addNodeSkin);
            }
        });
        model.edges().addListener((ListChangeListener<GraphEdge>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(this::removeEdgeSkin);
                c.getAddedSubList().forEach(this::addEdgeSkin);
            }
        });
        selection.nodes().addListener((SetChangeListener<GraphNode>) c -> {
            NodeSkin s = nodeSkins.get(c.wasAdded() ? c.getElementAdded() : c.getElementRemoved());
            if (s != null) {
                s.setSelected(c.wasAdded());
            }
        });
        selection.edges().addListener((SetChangeListener<GraphEdge>) c -> {
            EdgeSkin s = edgeSkins.get(c.wasAdded() ? c.getElementAdded() : c.getElementRemoved());
            if (s != null) {
                s.setSelected(c.wasAdded());
            }
        });
    }

    private void addNodeSkin(GraphNode node) {
        if (nodeSkins.containsKey(node)) {
            return;
        }
        NodeSkin skin = factories.factoryFor(node).createNodeSkin(node);
        nodeSkins.put(node, skin);
        skin.setIssues(issuesByStage.getOrDefault(node.getName(), List.of()));
        skin.setRecordsPerSecond(rates.getOrDefault(node.getName(), Double.NaN));
        skin.setZoom(zoom);
        nodeGroup.add(skin.root(), WorldUnits.toWorld(node.getX()), WorldUnits.toWorld(node.getY()));
        node.xProperty().addListener(markersMoved);
        node.yProperty().addListener(markersMoved);
        node.labelProperty().addListener(markersMoved);
        markersStale();
        // Edges re-added by an undo may have been drawn before their node came back.
        edgeSkins.values().stream().filter(e -> e.edge().touches(node)).forEach(EdgeSkin::update);
    }

    private void removeNodeSkin(GraphNode node) {
        if (model.nodes().contains(node)) {
            return; // moved within the list, not removed
        }
        NodeSkin skin = nodeSkins.remove(node);
        if (skin != null) {
            nodeGroup.remove(skin.root());
            skin.dispose();
        }
        node.xProperty().removeListener(markersMoved);
        node.yProperty().removeListener(markersMoved);
        node.labelProperty().removeListener(markersMoved);
        markersStale();
    }

    private void markersStale() {
        markersStale = true;
        requestLayout();
    }

    /** Once per pulse at most, however many stages a drag or an undo moved. */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (markersStale) {
            placeMarkers();
        }
    }

    private void placeMarkers() {
        markersStale = false;
        MarkerPlacer.place(List.copyOf(nodeSkins.values()), zoom);
    }

    private void addEdgeSkin(GraphEdge edge) {
        if (edgeSkins.containsKey(edge)) {
            return;
        }
        EdgeSkin skin = factories.factoryForEdgeFrom(edge.from()).createEdgeSkin(edge, this);
        edgeSkins.put(edge, skin);
        skin.setZoom(zoom);
        skin.update();
        edgeGroup.add(skin.root());
    }

    private void removeEdgeSkin(GraphEdge edge) {
        if (model.edges().contains(edge)) {
            return;
        }
        EdgeSkin skin = edgeSkins.remove(edge);
        if (skin != null) {
            edgeGroup.remove(skin.root());
            skin.dispose();
        }
    }

    @Override
    public NodeSkin nodeSkin(GraphNode node) {
        return nodeSkins.get(node);
    }

    @Override
    public EdgeSkin edgeSkin(GraphEdge edge) {
        return edgeSkins.get(edge);
    }

    /** Validation results; issues of stages not on the canvas are ignored, pipeline-level ones are the caller's. */
    public void setIssues(Collection<ConfigIssue> issues) {
        issuesByStage = issues.stream().filter(i -> i.stage() != null)
                .collect(Collectors.groupingBy(ConfigIssue::stage));
        nodeSkins.forEach((n, s) -> s.setIssues(issuesByStage.getOrDefault(n.getName(), List.of())));
    }

    /** Records per second by stage name; stages not in the map (or a null map) show no badge. */
    public void setStageMetrics(Map<String, Double> recordsPerSecond) {
        rates = recordsPerSecond == null ? Map.of() : Map.copyOf(recordsPerSecond);
        nodeSkins.forEach((n, s) -> s.setRecordsPerSecond(rates.getOrDefault(n.getName(), Double.NaN)));
    }

    public void setZoom(double scale) {
        // Skins hide or show text at a few zoom levels and keep compact markers at a screen size: steps of
        // 2.5 % of the scale (relative, so as fine zoomed out as in) keep an 11 px marker within a third of a pixel.
        if (Math.round(Math.log(scale) * 40) == Math.round(Math.log(zoom) * 40)) {
            return;
        }
        zoom = scale;
        nodeSkins.values().forEach(s -> s.setZoom(scale));
        edgeSkins.values().forEach(s -> s.setZoom(scale));
        placeMarkers();
    }

    /** Only the stages and edges meeting {@code world} are drawn until {@link #uncull()} (pictures of part of the world). */
    public void cullTo(Rectangle2D world) {
        edgeGroup.cullTo(world);
        nodeGroup.cullTo(world);
    }

    public void uncull() {
        edgeGroup.uncull();
        nodeGroup.uncull();
    }

    /** The opacity of the stages and edges (the floorplan-edit mode fades them); 1 by default. */
    public javafx.beans.property.DoubleProperty contentOpacityProperty() {
        return contentOpacity;
    }
}
