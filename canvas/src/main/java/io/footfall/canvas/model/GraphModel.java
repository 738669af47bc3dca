package io.footfall.canvas.model;

import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.pipeline.Edge;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.StageInstance;
import io.footfall.runtime.stage.StageRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The pipeline being edited as a graph: stage nodes with ports, edges between lanes, and the rest of
 * the pipeline file kept aside untouched so that {@link #toDefinition()} gives back exactly what
 * {@link #load} was given. Free of anything visual; views observe the lists and the nodes' properties.
 */
public final class GraphModel {
    private final StageRegistry registry;
    private final ObservableList<GraphNode> nodes = FXCollections.observableArrayList();
    private final ObservableList<GraphEdge> edges = FXCollections.observableArrayList();
    /** Everything but stages and edges: id, title, parameters, settings, error policy, floorplan. */
    private final ReadOnlyObjectWrapper<PipelineDefinition> frame =
            new ReadOnlyObjectWrapper<>(this, "frame", new PipelineDefinition(null, "pipeline", "Untitled pipeline",
                    null, null, null, null, null, null, null));
    private final ConnectionRules rules = new ConnectionRules(this);

    public GraphModel(StageRegistry registry) {
        this.registry = Objects.requireNonNull(registry);
    }

    public static GraphModel of(PipelineDefinition definition, StageRegistry registry) {
        GraphModel model = new GraphModel(registry);
        model.load(definition);
        return model;
    }

    /** Replaces the whole graph (not undoable: opening a file starts a new history). */
    public void load(PipelineDefinition definition) {
        Map<String, GraphNode> byName = new HashMap<>();
        List<GraphNode> newNodes = new ArrayList<>();
        for (StageInstance s : definition.stages()) {
            GraphNode node = createNode(s);
            byName.putIfAbsent(s.name(), node);
            newNodes.add(node);
        }
        List<GraphEdge> newEdges = new ArrayList<>();
        List<Edge> unresolved = new ArrayList<>();
        for (Edge e : definition.edges()) {
            GraphNode from = byName.get(e.from());
            GraphNode to = byName.get(e.to());
            if (from == null || to == null || e.lane() == null) {
                unresolved.add(e);
                continue;
            }
            from.keepLane(e.lane());
            newEdges.add(new GraphEdge(from, e.lane(), to));
        }
        if (!unresolved.isEmpty()) {
            throw new IllegalArgumentException("edges name stages that are not in the pipeline: " + unresolved);
        }
        edges.clear();
        nodes.setAll(newNodes);
        edges.setAll(newEdges);
        frame.set(definition.withStages(List.of()).withEdges(List.of()));
    }

    /** The pipeline as it now stands, in the order the stages and edges were added. */
    public PipelineDefinition toDefinition() {
        return frame.get()
                .withStages(nodes.stream().map(GraphNode::toInstance).toList())
                .withEdges(edges.stream().map(GraphEdge::toEdge).toList());
    }

    /** A new node (not yet added: use a command) for a stage instance; its type is looked up in the registry. */
    public GraphNode createNode(StageInstance instance) {
        return new GraphNode(instance, registry.find(instance.type()).orElse(null));
    }

    /** A new node of a type with the type's default configuration and a name no node has yet. */
    public GraphNode createNode(String type, double x, double y) {
        StageDefinition def = registry.find(type)
                .orElseThrow(() -> new IllegalArgumentException("no stage library defines the type '" + type + "'"));
        String name = uniqueName(baseName(type), Set.of());
        return createNode(new StageInstance(name, type, def.version(), null, def.defaults(), new StageInstance.Position(x, y)));
    }

    /** {@code wanted} if free, else wanted2, wanted3, ... skipping names in the model and in {@code reserved}. */
    public String uniqueName(String wanted, Set<String> reserved) {
        Set<String> taken = new HashSet<>(reserved);
        nodes.forEach(n -> taken.add(n.getName()));
        if (!taken.contains(wanted)) {
            return wanted;
        }
        String stem = wanted.replaceFirst("\\d+$", "");
        for (int i = 2; ; i++) {
            String candidate = stem + i;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** "footfall.processor.jsonParser" becomes "jsonParser". */
    static String baseName(String type) {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(dot + 1);
    }

    public Optional<GraphNode> node(String name) {
        return nodes.stream().filter(n -> n.getName().equals(name)).findFirst();
    }

    public List<GraphEdge> edgesOf(GraphNode node) {
        return edges.stream().filter(e -> e.touches(node)).toList();
    }

    /** Live list; change it only through commands. */
    public ObservableList<GraphNode> nodes() {
        return nodes;
    }

    /** Live list; change it only through commands. */
    public ObservableList<GraphEdge> edges() {
        return edges;
    }

    public ReadOnlyObjectProperty<PipelineDefinition> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** Replaces the non-graph part of the pipeline (title, parameters, settings, ...); used by commands. */
    public void setFrame(PipelineDefinition newFrame) {
        frame.set(newFrame.withStages(List.of()).withEdges(List.of()));
    }

    public StageRegistry registry() {
        return registry;
    }

    public ConnectionRules rules() {
        return rules;
    }
}
