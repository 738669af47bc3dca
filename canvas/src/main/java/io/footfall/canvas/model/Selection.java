package io.footfall.canvas.model;

import java.util.Collection;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;

/**
 * What the user has selected. Not part of the undo history (as in most editors); follows the model so
 * that a deleted node or edge is never left selected.
 */
public final class Selection {
    private final ObservableSet<GraphNode> nodes = FXCollections.observableSet();
    private final ObservableSet<GraphEdge> edges = FXCollections.observableSet();
    private final GraphModel model;

    public Selection(GraphModel model) {
        this.model = model;
        model.nodes().addListener((ListChangeListener<GraphNode>) c -> {
            while (c.next()) {
                if (c.wasRemoved()) {
                    c.getRemoved().forEach(n -> {
                        if (!model.nodes().contains(n)) {
                            nodes.remove(n);
                        }
                    });
                }
            }
        });
        model.edges().addListener((ListChangeListener<GraphEdge>) c -> {
            while (c.next()) {
                if (c.wasRemoved()) {
                    c.getRemoved().forEach(e -> {
                        if (!model.edges().contains(e)) {
                            edges.remove(e);
                        }
                    });
                }
            }
        });
    }

    public ObservableSet<GraphNode> nodes() {
        return nodes;
    }

    public ObservableSet<GraphEdge> edges() {
        return edges;
    }

    public void select(GraphNode node) {
        edges.clear();
        nodes.retainAll(List.of(node));
        nodes.add(node);
    }

    public void select(GraphEdge edge) {
        nodes.clear();
        edges.retainAll(List.of(edge));
        edges.add(edge);
    }

    public void setNodes(Collection<GraphNode> selected) {
        edges.clear();
        nodes.retainAll(selected);
        nodes.addAll(selected);
    }

    public void toggle(GraphNode node) {
        if (!nodes.remove(node)) {
            nodes.add(node);
        }
    }

    public void toggle(GraphEdge edge) {
        if (!edges.remove(edge)) {
            edges.add(edge);
        }
    }

    public void selectAll() {
        nodes.addAll(model.nodes());
        edges.addAll(model.edges());
    }

    public void clear() {
        nodes.clear();
        edges.clear();
    }

    public boolean isEmpty() {
        return nodes.isEmpty() && edges.isEmpty();
    }

    /** The selected nodes in model order (sets have none), for copy and delete. */
    public List<GraphNode> orderedNodes() {
        return model.nodes().stream().filter(nodes::contains).toList();
    }

    public List<GraphEdge> orderedEdges() {
        return model.edges().stream().filter(edges::contains).toList();
    }
}
