package io.footfall.canvas;

import io.footfall.canvas.command.MoveNodesCommand;
import io.footfall.canvas.model.GraphEdge;
import io.footfall.canvas.model.GraphNode;
import io.footfall.canvas.model.Selection;
import io.footfall.canvas.skin.EdgeSkin;
import io.footfall.canvas.skin.NodeSkin;
import io.footfall.canvas.skin.NodeSkin.PortFeedback;
import io.footfall.canvas.skin.PortRef;
import io.footfall.canvas.skin.StageNodeSkin;
import io.footfall.canvas.view.WorldUnits;
import io.footfall.runtime.pipeline.StageInstance.Position;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.input.ZoomEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.CubicCurve;
import javafx.util.Duration;

/** The canvas's pointer gestures: select, rubber band, move, connect, pan, zoom, and palette drops. */
final class CanvasMouseHandler {
    private enum Gesture { NONE, PAN, MOVE, CONNECT, RUBBER_BAND }

    private final PipelineCanvas canvas;
    private Gesture gesture = Gesture.NONE;
    private double lastX;
    private double lastY;
    private double pressX;
    private double pressY;
    private boolean spaceDown;
    private Point2D lastPointerWorld;
    // MOVE
    private GraphNode grabbed;
    private Map<GraphNode, Position> moveStart = Map.of();
    // CONNECT
    private PortRef fromPort;
    private final CubicCurve wire = new CubicCurve();
    private GraphNode hoverTarget;
    // RUBBER_BAND
    private Set<GraphNode> selectedBefore = Set.of();

    CanvasMouseHandler(PipelineCanvas canvas) {
        this.canvas = canvas;
        wire.setFill(null);
        wire.setStroke(Color.web("#29b6f6"));
        wire.setStrokeWidth(2.5);
        wire.getStrokeDashArray().setAll(8.0, 5.0);
        wire.setMouseTransparent(true);
        wire.setVisible(false);
        wire.setId("connection-wire");
    }

    void install() {
        canvas.interactionLayer().getChildren().add(wire);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> lastPointerWorld = world(e));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> lastPointerWorld = null);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> {
            canvas.viewport().zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        canvas.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasContent(PipelineCanvas.STAGE_TYPE_FORMAT)) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        canvas.addEventHandler(DragEvent.DRAG_DROPPED, this::dropped);
    }

    void setSpaceDown(boolean down) {
        spaceDown = down;
        canvas.setCursor(down ? Cursor.OPEN_HAND : Cursor.DEFAULT);
    }

    boolean isSpaceDown() {
        return spaceDown;
    }

    Point2D lastPointerWorld() {
        return lastPointerWorld;
    }

    private Point2D world(MouseEvent e) {
        return canvas.viewport().screenToWorld(e.getX(), e.getY());
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        lastX = e.getX();
        lastY = e.getY();
        pressX = e.getX();
        pressY = e.getY();
        if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.SECONDARY
                || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            gesture = Gesture.PAN;
            canvas.setCursor(Cursor.CLOSED_HAND);
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Selection selection = canvas.selection();
        boolean toggle = e.isShiftDown() || e.isShortcutDown();
        Node picked = e.getPickResult().getIntersectedNode();
        PortRef port = find(picked, PortRef.KEY, PortRef.class);
        if (port != null && !port.isInput()) {
            startConnect(port, e);
            return;
        }
        NodeSkin nodeSkin = find(picked, NodeSkin.KEY, NodeSkin.class);
        if (nodeSkin != null) {
            GraphNode node = nodeSkin.node();
            if (toggle) {
                selection.toggle(node);
            } else if (!selection.nodes().contains(node)) {
                selection.select(node);
            }
            if (selection.nodes().contains(node)) {
                grabbed = node;
                moveStart = new LinkedHashMap<>();
                for (GraphNode n : selection.orderedNodes()) {
                    moveStart.put(n, new Position(n.getX(), n.getY()));
                }
                gesture = Gesture.MOVE;
            }
            return;
        }
        EdgeSkin edgeSkin = find(picked, EdgeSkin.KEY, EdgeSkin.class);
        if (edgeSkin != null) {
            if (toggle) {
                selection.toggle(edgeSkin.edge());
            } else {
                selection.select(edgeSkin.edge());
            }
            return;
        }
        if (!toggle) {
            selection.clear();
        }
        selectedBefore = new HashSet<>(selection.nodes());
        gesture = Gesture.RUBBER_BAND;
    }

    private void dragged(MouseEvent e) {
        double dx = e.getX() - lastX;
        double dy = e.getY() - lastY;
        lastX = e.getX();
        lastY = e.getY();
        lastPointerWorld = world(e);
        switch (gesture) {
            case PAN -> canvas.viewport().panBy(dx, dy);
            case MOVE -> moveTo(e);
            case CONNECT -> dragWire(e);
            case RUBBER_BAND -> stretchBand(e);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        switch (gesture) {
            case PAN -> canvas.setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
            case MOVE -> finishMove();
            case CONNECT -> finishConnect(e);
            case RUBBER_BAND -> canvas.rubberBand().setVisible(false);
            default -> {
            }
        }
        gesture = Gesture.NONE;
    }

    // ---- move -----------------------------------------------------------------------------------

    private void moveTo(MouseEvent e) {
        Position start = moveStart.get(grabbed);
        double scale = canvas.viewport().getScale();
        double dxMeters = WorldUnits.toMeters((e.getX() - pressX) / scale);
        double dyMeters = WorldUnits.toMeters((e.getY() - pressY) / scale);
        // Snap the grabbed node; the others keep their offsets from it.
        double snappedDx = canvas.snap(start.x() + dxMeters) - start.x();
        double snappedDy = canvas.snap(start.y() + dyMeters) - start.y();
        moveStart.forEach((n, p) -> n.moveTo(p.x() + snappedDx, p.y() + snappedDy, true));
    }

    private void finishMove() {
        MoveNodesCommand move = MoveNodesCommand.alreadyMoved(moveStart);
        if (move.changesAnything()) {
            canvas.commandStack().push(move);
        }
        moveStart = Map.of();
        grabbed = null;
    }

    // ---- connect --------------------------------------------------------------------------------

    private void startConnect(PortRef port, MouseEvent e) {
        fromPort = port;
        gesture = Gesture.CONNECT;
        Point2D a = canvas.skinLookup().nodeSkin(port.node()).outputAnchor(port.lane());
        wire.setStartX(a.getX());
        wire.setStartY(a.getY());
        updateWireEnd(world(e));
        wire.setVisible(true);
    }

    private void updateWireEnd(Point2D end) {
        double pull = Math.max(40, Math.abs(end.getX() - wire.getStartX()) / 2);
        wire.setControlX1(wire.getStartX() + pull);
        wire.setControlY1(wire.getStartY());
        wire.setControlX2(end.getX() - pull);
        wire.setControlY2(end.getY());
        wire.setEndX(end.getX());
        wire.setEndY(end.getY());
    }

    private void dragWire(MouseEvent e) {
        Point2D p = world(e);
        updateWireEnd(p);
        GraphNode target = canvas.nodeAt(p).orElse(null);
        if (target == hoverTarget) {
            return;
        }
        clearHover();
        hoverTarget = target;
        if (target != null) {
            Optional<String> refusal = canvas.graphModel().rules().refusal(fromPort.node(), fromPort.lane(), target);
            NodeSkin skin = canvas.skinLookup().nodeSkin(target);
            skin.setPortFeedback(new PortRef(target, null), refusal.isPresent() ? PortFeedback.REFUSE : PortFeedback.ACCEPT,
                    refusal.orElse(null));
            wire.setStroke(refusal.isPresent() ? Color.web("#e53935") : Color.web("#43a047"));
            refusal.ifPresent(r -> canvas.showStatus("Cannot connect: " + r, true));
        } else {
            wire.setStroke(Color.web("#29b6f6"));
        }
    }

    private void clearHover() {
        if (hoverTarget != null) {
            NodeSkin skin = canvas.skinLookup().nodeSkin(hoverTarget);
            if (skin != null) {
                skin.setPortFeedback(new PortRef(hoverTarget, null), PortFeedback.NONE, null);
            }
        }
        hoverTarget = null;
    }

    private void finishConnect(MouseEvent e) {
        wire.setVisible(false);
        wire.setStroke(Color.web("#29b6f6"));
        GraphNode target = canvas.nodeAt(world(e)).orElse(null);
        GraphNode hovered = hoverTarget;
        hoverTarget = null;
        if (target == null) {
            if (hovered != null) {
                canvas.skinLookup().nodeSkin(hovered).setPortFeedback(new PortRef(hovered, null), PortFeedback.NONE, null);
            }
            return;
        }
        boolean connected = canvas.connect(fromPort.node(), fromPort.lane(), target);
        NodeSkin skin = canvas.skinLookup().nodeSkin(target);
        PortRef input = new PortRef(target, null);
        if (connected) {
            skin.setPortFeedback(input, PortFeedback.NONE, null);
        } else {
            // Leave the refused port red for a moment; the status line says why.
            PauseTransition fade = new PauseTransition(Duration.seconds(2));
            fade.setOnFinished(x -> {
                NodeSkin s = canvas.skinLookup().nodeSkin(target);
                if (s != null) {
                    s.setPortFeedback(input, PortFeedback.NONE, null);
                }
            });
            fade.play();
        }
    }

    // ---- rubber band ----------------------------------------------------------------------------

    private void stretchBand(MouseEvent e) {
        double x = Math.min(pressX, e.getX());
        double y = Math.min(pressY, e.getY());
        double w = Math.abs(e.getX() - pressX);
        double h = Math.abs(e.getY() - pressY);
        var band = canvas.rubberBand();
        band.setX(x);
        band.setY(y);
        band.setWidth(w);
        band.setHeight(h);
        band.setVisible(true);
        Point2D a = canvas.viewport().screenToWorld(x, y);
        Point2D b = canvas.viewport().screenToWorld(x + w, y + h);
        Bounds area = new BoundingBox(a.getX(), a.getY(), b.getX() - a.getX(), b.getY() - a.getY());
        Set<GraphNode> inside = new HashSet<>(selectedBefore);
        for (GraphNode n : canvas.graphModel().nodes()) {
            if (area.intersects(canvas.nodeBounds(n))) {
                inside.add(n);
            }
        }
        canvas.selection().setNodes(inside);
    }

    // ---- zoom and drop --------------------------------------------------------------------------

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        // Trackpads scroll in small steps and wheels in large ones; an exponent keeps both smooth.
        double factor = Math.pow(1.0025, e.getDeltaY());
        canvas.viewport().zoomAt(factor, e.getX(), e.getY());
        e.consume();
    }

    private void dropped(DragEvent e) {
        Object type = e.getDragboard().getContent(PipelineCanvas.STAGE_TYPE_FORMAT);
        if (!(type instanceof String id)) {
            e.setDropCompleted(false);
            return;
        }
        Point2D p = canvas.viewport().screenToWorld(e.getX(), e.getY());
        try {
            GraphNode node = canvas.addStage(id, WorldUnits.toMeters(p.getX() - StageNodeSkin.WIDTH / 2),
                    WorldUnits.toMeters(p.getY() - StageNodeSkin.MIN_HEIGHT / 2));
            canvas.showStatus("added " + node.getName(), false);
            e.setDropCompleted(true);
        } catch (IllegalArgumentException unknown) {
            canvas.showStatus("Cannot add: " + unknown.getMessage(), true);
            e.setDropCompleted(false);
        }
        canvas.requestFocus();
        e.consume();
    }

    private <T> T find(Node picked, String key, Class<T> type) {
        for (Node n = picked; n != null && n != canvas; n = n.getParent()) {
            Object v = n.getProperties().get(key);
            if (type.isInstance(v)) {
                return type.cast(v);
            }
        }
        return null;
    }
}
