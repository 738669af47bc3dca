package io.footfall.canvas.skin;

import io.footfall.canvas.model.GraphEdge;
import io.footfall.canvas.model.GraphNode;
import io.footfall.runtime.api.StageDefinition;
import javafx.beans.InvalidationListener;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * An edge as a cubic Bézier leaving the output port to the right and entering the input port from the
 * left, with an arrow head and, for lanes other than the default one, the lane's name at its middle.
 * A wide transparent twin of the curve makes it easy to click. Broken edges (lane gone) are red and dashed.
 */
public class CurvedEdgeSkin implements EdgeSkin {
    private static final double ARROW = 9;
    private static final Font LANE_FONT = Font.font("System", 10);

    private final GraphEdge edge;
    private final SkinLookup lookup;
    private final Group root = new Group();
    private final CubicCurve hit = new CubicCurve();
    private final CubicCurve curve = new CubicCurve();
    private final Polygon arrow = new Polygon();
    private final Text laneLabel = new Text();
    private final InvalidationListener follow = o -> update();
    private boolean selected;

    public CurvedEdgeSkin(GraphEdge edge, SkinLookup lookup) {
        this.edge = edge;
        this.lookup = lookup;
        root.getProperties().put(KEY, this);
        for (CubicCurve c : new CubicCurve[] {hit, curve}) {
            c.setFill(null);
        }
        // Opacity 0: picked by the mouse (picking ignores opacity) but never painted.
        hit.setStroke(Color.BLACK);
        hit.setOpacity(0);
        hit.setStrokeWidth(12);
        curve.setMouseTransparent(true);
        arrow.setMouseTransparent(true);
        laneLabel.setFont(LANE_FONT);
        laneLabel.setTextOrigin(VPos.BOTTOM);
        laneLabel.setMouseTransparent(true);
        boolean named = !edge.lane().equals(StageDefinition.DEFAULT_LANE);
        laneLabel.setText(named ? edge.lane() : "");
        laneLabel.setVisible(named);
        root.getChildren().addAll(hit, curve, arrow, laneLabel);
        for (GraphNode n : new GraphNode[] {edge.from(), edge.to()}) {
            n.xProperty().addListener(follow);
            n.yProperty().addListener(follow);
            n.outputLanes().addListener(follow);
        }
        setSelected(false);
    }

    @Override
    public void update() {
        NodeSkin fromSkin = lookup.nodeSkin(edge.from());
        NodeSkin toSkin = lookup.nodeSkin(edge.to());
        if (fromSkin == null || toSkin == null) {
            return;
        }
        Point2D a = fromSkin.outputAnchor(edge.lane());
        Point2D b = toSkin.inputAnchor();
        double pull = Math.max(40, Math.min(200, Math.abs(b.getX() - a.getX()) / 2 + Math.abs(b.getY() - a.getY()) / 4));
        double endX = b.getX() - ARROW;
        for (CubicCurve c : new CubicCurve[] {hit, curve}) {
            c.setStartX(a.getX());
            c.setStartY(a.getY());
            c.setControlX1(a.getX() + pull);
            c.setControlY1(a.getY());
            c.setControlX2(endX - pull);
            c.setControlY2(b.getY());
            c.setEndX(endX);
            c.setEndY(b.getY());
        }
        // The second control point is level with the end, so the curve arrives horizontally.
        arrow.getPoints().setAll(endX - 1, b.getY() - ARROW / 2, b.getX() - 6, b.getY(), endX - 1, b.getY() + ARROW / 2);
        if (!laneLabel.getText().isEmpty()) {
            double midX = 0.125 * a.getX() + 0.375 * (a.getX() + pull) + 0.375 * (endX - pull) + 0.125 * endX;
            double midY = 0.5 * a.getY() + 0.5 * b.getY();
            laneLabel.setLayoutX(midX - laneLabel.getLayoutBounds().getWidth() / 2);
            laneLabel.setLayoutY(midY - 3);
        }
        boolean broken = !edge.laneExists();
        curve.getStrokeDashArray().setAll(broken ? java.util.List.of(6.0, 4.0) : java.util.List.of());
        paint(broken);
    }

    private void paint(boolean broken) {
        Color c = broken ? StageColors.REFUSE : selected ? StageColors.SELECTED
                : edge.lane().equals(StageDefinition.EVENT_LANE) ? StageColors.EVENT : StageColors.EDGE;
        curve.setStroke(c);
        curve.setStrokeWidth(selected ? 4 : 2.5);
        arrow.setFill(c);
        laneLabel.setFill(c.darker());
    }

    @Override
    public GraphEdge edge() {
        return edge;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void setSelected(boolean selected) {
        this.selected = selected;
        paint(!edge.laneExists());
    }

    @Override
    public void setZoom(double scale) {
        laneLabel.setVisible(!laneLabel.getText().isEmpty() && scale * 10 >= 5);
    }

    public boolean isBroken() {
        return !edge.laneExists();
    }

    @Override
    public void dispose() {
        for (GraphNode n : new GraphNode[] {edge.from(), edge.to()}) {
            n.xProperty().removeListener(follow);
            n.yProperty().removeListener(follow);
            n.outputLanes().removeListener(follow);
        }
    }
}
