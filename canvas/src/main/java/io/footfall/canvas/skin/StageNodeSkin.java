package io.footfall.canvas.skin;

import io.footfall.canvas.model.GraphNode;
import io.footfall.canvas.view.WorldUnits;
import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.api.StageDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Scale;
import javafx.util.Duration;

/**
 * A stage as a dark rounded box: kind-coloured icon disc, label and instance name, an input port on the
 * left, one output port per lane on the right, a validation badge (problem on hover) and a records/s
 * badge. Built from plain shapes and positioned by hand: 500 of these must pan at 60 fps. Zoomed out
 * (below {@link #COMPACT_BELOW}) the box goes compact and its name becomes a screen-sized marker that the
 * layer places beside it.
 */
public class StageNodeSkin implements NodeSkin {
    public static final double WIDTH = 170;
    public static final double MIN_HEIGHT = 52;
    public static final double LANE_SPACING = 18;
    private static final double PORT_RADIUS = 6;
    private static final Font LABEL_FONT = Font.font("System", FontWeight.BOLD, 13);
    private static final Font NAME_FONT = Font.font("System", 10);
    private static final Font LANE_FONT = Font.font("System", 9);
    private static final Font BADGE_FONT = Font.font("System", FontWeight.BOLD, 10);
    /**
     * Below this zoom the label inside the box is under ~8 px: the node turns compact and its name is drawn
     * under it at a fixed screen size, as map apps draw marker names, so a fitted mall still says which
     * stage is which.
     */
    public static final double COMPACT_BELOW = 0.6;
    private static final Font MARKER_FONT = Font.font("System", FontWeight.BOLD, 11);
    /** Screen pixels a marker name may take before it is cut with an ellipsis. */
    private static final double MARKER_MAX_WIDTH = 130;

    private final GraphNode node;
    private final Color accent;
    private final Group root = new Group();
    private final Rectangle body = new Rectangle();
    private final Text label = new Text();
    private final Text name = new Text();
    private final Circle input;
    private final Node icon;
    private final Group outputs = new Group();
    private final Map<String, Circle> outputPorts = new HashMap<>();
    private final List<Text> laneTexts = new ArrayList<>();
    private final Group issueBadge = new Group();
    private final Circle issueDisc = new Circle(8);
    /**
     * Made when the stage first has issues: a tooltip is a popup window with its own scene, and one per stage
     * was a measurable part of the studio's start-up (BENCHMARKS.md "studio start-up").
     */
    private Tooltip issueTip;
    private final Group metricsBadge = new Group();
    private final Rectangle metricsPill = new Rectangle();
    private final Text metricsText = new Text();
    /** The stage's name in screen pixels under a compact node; {@link #markerScale} undoes the zoom. */
    private final Group marker = new Group();
    private final Rectangle markerPill = new Rectangle();
    private final Text markerText = new Text();
    private final Scale markerScale = new Scale(1, 1, 0, 0);
    /** Keeps the badges at their screen size when compact: a 2 px badge is no badge. */
    private final Scale issueScale = new Scale(1, 1, 0, 0);
    private final Scale metricsScale = new Scale(1, 1, 0, 0);
    private static final double METRICS_PILL_HEIGHT = 16;
    private double zoom = 1;
    private double rate = Double.NaN;
    /** Where the layer found room for the marker (null: none); below until it says otherwise. */
    private MarkerSide markerSide = MarkerSide.BELOW;
    private final InvalidationListener position = o -> place();
    private final InvalidationListener texts = o -> refreshTexts();
    private final ListChangeListener<String> lanes = c -> rebuildOutputs();
    private double height = MIN_HEIGHT;
    private boolean selected;
    /** How many of the marker and the badges are children of the root now (the last ones). */
    private int attachedOverlays;

    public StageNodeSkin(GraphNode node, Color accent) {
        this.node = node;
        this.accent = accent;
        root.getProperties().put(KEY, this);
        body.setArcWidth(14);
        body.setArcHeight(14);
        body.setWidth(WIDTH);
        body.setFill(StageColors.BODY);

        Circle disc = new Circle(22, 26, 15, accent);
        disc.setMouseTransparent(true);
        icon = StageIcons.create(node.icon(), 18, Color.WHITE);
        icon.setLayoutX(13);
        icon.setLayoutY(17);

        label.setFont(LABEL_FONT);
        label.setFill(StageColors.TEXT);
        label.setTextOrigin(VPos.TOP);
        label.setLayoutX(44);
        label.setLayoutY(10);
        name.setFont(NAME_FONT);
        name.setFill(StageColors.SUBTEXT);
        name.setTextOrigin(VPos.TOP);
        name.setLayoutX(44);
        name.setLayoutY(28);
        label.setMouseTransparent(true);
        name.setMouseTransparent(true);

        input = port(new PortRef(node, null), Color.WHITE);
        input.setVisible(node.hasInput());

        buildIssueBadge();
        buildMetricsBadge();
        buildMarker();
        // The marker and the badges join the scene only while shown (attachOverlays): hidden, they were 9 of a stage's
        // ~20 nodes, and JavaFX's renderer walks every node in the scene on every frame, shown or not.
        root.getChildren().addAll(body, disc, icon, label, name, input, outputs);

        node.xProperty().addListener(position);
        node.yProperty().addListener(position);
        node.labelProperty().addListener(texts);
        node.nameProperty().addListener(texts);
        node.outputLanes().addListener(lanes);
        refreshTexts();
        rebuildOutputs();
        place();
        setSelected(false);
    }

    private Circle port(PortRef ref, Color fill) {
        Circle c = new Circle(PORT_RADIUS, fill);
        c.setStroke(accent);
        c.setStrokeWidth(2);
        c.getProperties().put(PortRef.KEY, ref);
        c.getStyleClass().add(ref.isInput() ? "input-port" : "output-port");
        return c;
    }

    /** Puts the marker and the badges that are shown (in this order, above the box) into the scene, and the rest out. */
    private void attachOverlays() {
        List<Node> shown = new ArrayList<>(3);
        for (Node overlay : new Node[] {marker, issueBadge, metricsBadge}) {
            if (overlay.isVisible()) {
                shown.add(overlay);
            }
        }
        javafx.collections.ObservableList<Node> children = root.getChildren();
        int fixed = children.size() - attachedOverlays;
        if (!children.subList(fixed, children.size()).equals(shown)) {
            children.remove(fixed, children.size());
            children.addAll(shown);
            attachedOverlays = shown.size();
        }
    }

    /** Whether {@code overlay} (marker or badge) is in the scene right now (for tests). */
    boolean isAttached(Node overlay) {
        return overlay.getParent() == root;
    }

    private void buildIssueBadge() {
        issueDisc.setFill(StageColors.REFUSE);
        issueDisc.setStroke(Color.WHITE);
        issueDisc.setStrokeWidth(1.5);
        Text bang = new Text("!");
        bang.setFont(BADGE_FONT);
        bang.setFill(Color.WHITE);
        bang.setTextOrigin(VPos.CENTER);
        bang.setLayoutX(-2);
        bang.setMouseTransparent(true);
        issueBadge.getChildren().addAll(issueDisc, bang);
        issueBadge.setLayoutX(WIDTH - 4);
        issueBadge.setLayoutY(4);
        issueBadge.setVisible(false);
        issueBadge.getStyleClass().add("issue-badge");
    }

    private void buildMetricsBadge() {
        metricsPill.setArcWidth(14);
        metricsPill.setArcHeight(14);
        metricsPill.setHeight(METRICS_PILL_HEIGHT);
        metricsPill.setFill(Color.web("#1b5e20"));
        metricsText.setFont(BADGE_FONT);
        metricsText.setFill(Color.WHITE);
        metricsText.setTextOrigin(VPos.CENTER);
        metricsText.setLayoutX(7);
        metricsText.setLayoutY(8);
        metricsBadge.getChildren().addAll(metricsPill, metricsText);
        metricsBadge.setMouseTransparent(true);
        metricsBadge.setLayoutX(8);
        metricsBadge.setVisible(false);
        metricsBadge.getStyleClass().add("metrics-badge");
    }

    private void buildMarker() {
        markerPill.setArcWidth(8);
        markerPill.setArcHeight(8);
        markerPill.setFill(StageColors.MARKER_BACKGROUND);
        markerText.setFont(MARKER_FONT);
        markerText.setFill(StageColors.TEXT);
        markerText.setTextOrigin(VPos.TOP);
        marker.getChildren().addAll(markerPill, markerText);
        marker.getTransforms().add(markerScale);
        marker.setMouseTransparent(true);
        marker.setVisible(false);
        marker.getStyleClass().add("stage-marker");
        issueBadge.getTransforms().add(issueScale);
        metricsBadge.getTransforms().add(metricsScale);
    }

    private void refreshTexts() {
        fitText(label, node.displayLabel(), WIDTH - 44 - 12);
        fitText(name, node.getName(), WIDTH - 44 - 12);
        fitText(markerText, node.displayLabel(), MARKER_MAX_WIDTH);
        double w = markerText.getLayoutBounds().getWidth();
        double h = markerText.getLayoutBounds().getHeight();
        markerPill.setWidth(w + 8);
        markerPill.setHeight(h + 2);
        markerPill.setX(-(w + 8) / 2);
        markerText.setX(-w / 2);
        markerText.setY(1);
    }

    /** Shows as much of {@code s} as fits in {@code width}, with an ellipsis when cut. */
    private static void fitText(Text text, String s, double width) {
        text.setText(s);
        if (text.getLayoutBounds().getWidth() <= width) {
            return;
        }
        int keep = s.length();
        while (keep > 1) {
            keep--;
            text.setText(s.substring(0, keep) + "…");
            if (text.getLayoutBounds().getWidth() <= width) {
                return;
            }
        }
    }

    private static String ellipsize(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private void rebuildOutputs() {
        List<String> laneNames = node.outputLanes();
        height = Math.max(MIN_HEIGHT, 16 + laneNames.size() * LANE_SPACING);
        body.setHeight(height);
        input.setCenterX(0);
        input.setCenterY(height / 2);
        outputs.getChildren().clear();
        outputPorts.clear();
        laneTexts.clear();
        boolean labelLanes = laneNames.size() > 1
                || (laneNames.size() == 1 && !laneNames.get(0).equals(StageDefinition.DEFAULT_LANE));
        for (String lane : laneNames) {
            boolean event = lane.equals(StageDefinition.EVENT_LANE);
            Circle c = port(new PortRef(node, lane), event ? StageColors.EVENT : Color.WHITE);
            c.setCenterX(WIDTH);
            c.setCenterY(laneY(lane));
            outputPorts.put(lane, c);
            if (labelLanes) {
                Text t = new Text(ellipsize(lane, 12));
                t.setFont(LANE_FONT);
                t.setFill(StageColors.SUBTEXT);
                t.setTextOrigin(VPos.CENTER);
                t.setTextAlignment(TextAlignment.RIGHT);
                t.setLayoutX(WIDTH - 10 - t.getLayoutBounds().getWidth());
                t.setLayoutY(laneY(lane));
                t.setMouseTransparent(true);
                laneTexts.add(t);
                outputs.getChildren().add(t);
            }
            outputs.getChildren().add(c);
        }
        placeBadges();
    }

    private double laneY(String lane) {
        List<String> laneNames = node.outputLanes();
        int i = laneNames.indexOf(lane);
        if (i < 0) {
            return height / 2;
        }
        return height * (i + 1) / (laneNames.size() + 1);
    }

    private void place() {
        root.setLayoutX(WorldUnits.toWorld(node.getX()));
        root.setLayoutY(WorldUnits.toWorld(node.getY()));
    }

    @Override
    public GraphNode node() {
        return node;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Point2D inputAnchor() {
        return new Point2D(WorldUnits.toWorld(node.getX()), WorldUnits.toWorld(node.getY()) + height / 2);
    }

    @Override
    public Point2D outputAnchor(String lane) {
        return new Point2D(WorldUnits.toWorld(node.getX()) + WIDTH, WorldUnits.toWorld(node.getY()) + laneY(lane));
    }

    @Override
    public void setSelected(boolean selected) {
        this.selected = selected;
        body.setStroke(selected ? StageColors.SELECTED : StageColors.BODY_BORDER);
        body.setStrokeWidth(selected ? 3 : 1);
    }

    public boolean isSelected() {
        return selected;
    }

    @Override
    public void setIssues(List<ConfigIssue> issues) {
        if (issues == null || issues.isEmpty()) {
            issueBadge.setVisible(false);
            if (issueTip != null) {
                Tooltip.uninstall(issueBadge, issueTip);
            }
            attachOverlays();
            return;
        }
        boolean error = issues.stream().anyMatch(ConfigIssue::isError);
        issueDisc.setFill(error ? StageColors.REFUSE : StageColors.WARNING);
        if (issueTip == null) {
            issueTip = new Tooltip();
            issueTip.setShowDelay(Duration.millis(200));
        }
        issueTip.setText(issues.stream().map(StageNodeSkin::describe).collect(Collectors.joining("\n")));
        Tooltip.install(issueBadge, issueTip);
        issueBadge.setVisible(true);
        attachOverlays();
    }

    private static String describe(ConfigIssue issue) {
        String where = issue.config() == null ? "" : issue.config() + ": ";
        return (issue.isError() ? "Error — " : "Warning — ") + where + issue.message();
    }

    /** The text of the validation badge's tooltip, or empty when there is no badge. */
    public String issueText() {
        return issueBadge.isVisible() && issueTip != null ? issueTip.getText() : "";
    }

    @Override
    public void setRecordsPerSecond(double recordsPerSecond) {
        rate = recordsPerSecond;
        showRate();
    }

    /** Compact, the rate is written short ("35.4k") inside the box: beside it, it covered other stages' names. */
    private void showRate() {
        if (Double.isNaN(rate)) {
            metricsBadge.setVisible(false);
            attachOverlays();
            return;
        }
        metricsText.setText(isCompact() ? formatRate(rate).replace(" rec/s", "") : formatRate(rate));
        metricsPill.setWidth(metricsText.getLayoutBounds().getWidth() + 14);
        metricsBadge.setVisible(true);
        attachOverlays();
        placeBadges();
    }

    /** The rate as the badge says it zoomed in, or empty when there is no badge. */
    public String metricsText() {
        return metricsBadge.isVisible() ? formatRate(rate) : "";
    }

    static String formatRate(double perSecond) {
        if (perSecond >= 10_000) {
            return String.format(Locale.ROOT, "%.1fk rec/s", perSecond / 1000);
        }
        return String.format(Locale.ROOT, perSecond >= 100 ? "%.0f rec/s" : "%.1f rec/s", perSecond);
    }

    @Override
    public void setPortFeedback(PortRef port, PortFeedback feedback, String message) {
        Circle c = port.isInput() ? input : outputPorts.get(port.lane());
        if (c == null) {
            return;
        }
        c.setStroke(switch (feedback) {
            case NONE -> accent;
            case ACCEPT -> StageColors.ACCEPT;
            case REFUSE -> StageColors.REFUSE;
        });
        c.setStrokeWidth(feedback == PortFeedback.NONE ? 2 : 4);
        c.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("refused"), feedback == PortFeedback.REFUSE);
        if (feedback == PortFeedback.REFUSE && message != null) {
            Tooltip.install(c, new Tooltip(message));
        } else {
            Tooltip.uninstall(c, null);
        }
    }

    /** The shape of a port, for tests and for the canvas's hit tests. */
    public Circle portShape(PortRef port) {
        return port.isInput() ? input : outputPorts.get(port.lane());
    }

    @Override
    public void setZoom(double scale) {
        boolean wasCompact = isCompact();
        zoom = scale;
        boolean compact = isCompact();
        // Below ~5 px the names are noise and cost rendering time; compact nodes show the name as a marker.
        name.setVisible(!compact && scale * 10 >= 5);
        label.setVisible(!compact);
        marker.setVisible(compact && markerSide != null);
        attachOverlays();
        double screen = compact ? 1 / scale : 1;
        markerScale.setX(screen);
        markerScale.setY(screen);
        issueScale.setX(screen);
        issueScale.setY(screen);
        metricsScale.setX(screen);
        metricsScale.setY(screen);
        if (compact != wasCompact && metricsBadge.isVisible()) {
            showRate();
        }
        placeBadges();
        boolean lanesReadable = scale * 9 >= 5;
        laneTexts.forEach(t -> t.setVisible(lanesReadable));
        // Glyphs and ports under ~2 px cost stroking time and show nothing; the coloured disc stays.
        boolean details = scale >= 0.3;
        icon.setVisible(details);
        input.setVisible(details && node.hasInput());
        outputs.setVisible(details);
    }

    public double height() {
        return height;
    }

    /** Whether the node is drawn compact, its name as a screen-sized marker under it (zoomed out). */
    public boolean isCompact() {
        return zoom < COMPACT_BELOW;
    }

    @Override
    public Bounds box() {
        return new BoundingBox(WorldUnits.toWorld(node.getX()), WorldUnits.toWorld(node.getY()), WIDTH, height);
    }

    @Override
    public Optional<Dimension2D> markerSize() {
        return isCompact() ? Optional.of(new Dimension2D(markerPill.getWidth(), markerPill.getHeight())) : Optional.empty();
    }

    @Override
    public void placeMarker(MarkerSide side) {
        markerSide = side;
        marker.setVisible(isCompact() && side != null);
        attachOverlays();
        placeBadges();
    }

    /** Where the marker sits against the box, or null when it found no room (hidden). */
    public MarkerSide markerSide() {
        return markerSide;
    }

    /** The marker's text, or empty when the node is not compact or the marker found no room. */
    public String markerText() {
        return marker.isVisible() ? markerText.getText() : "";
    }

    /**
     * The marker's origin is the middle of its top edge. Zoomed in, the records/s pill hangs under the box;
     * compact, it goes over the box, written short and shrunk to fit in it, clear of every name placed around the boxes.
     */
    private void placeBadges() {
        double px = 1 / zoom;
        double w = markerPill.getWidth() * px;
        double h = markerPill.getHeight() * px;
        MarkerSide side = markerSide == null ? MarkerSide.BELOW : markerSide;
        marker.setLayoutX(switch (side) {
            case BELOW, ABOVE -> WIDTH / 2;
            case RIGHT -> WIDTH + 4 * px + w / 2;
            case LEFT -> -4 * px - w / 2;
            case BELOW_FROM_LEFT, ABOVE_FROM_LEFT -> w / 2;
            case BELOW_FROM_RIGHT, ABOVE_FROM_RIGHT -> WIDTH - w / 2;
        });
        marker.setLayoutY(side.isBelow() ? height + 2 * px : side.isAbove() ? -2 * px - h : (height - h) / 2);
        if (!isCompact()) {
            metricsBadge.setLayoutX(8);
            metricsBadge.setLayoutY(height + 3);
            return;
        }
        // Compact: over the box, shrunk to fit it, so the names placed around the boxes stay clear.
        double fit = Math.min(1, Math.min((height * zoom - 2) / METRICS_PILL_HEIGHT,
                (WIDTH * zoom - 4) / metricsPill.getWidth()));
        double k = Math.max(fit, 0.1) * px;
        metricsScale.setX(k);
        metricsScale.setY(k);
        metricsBadge.setLayoutX((WIDTH - metricsPill.getWidth() * k) / 2);
        metricsBadge.setLayoutY((height - METRICS_PILL_HEIGHT * k) / 2);
    }

    @Override
    public void dispose() {
        node.xProperty().removeListener(position);
        node.yProperty().removeListener(position);
        node.labelProperty().removeListener(texts);
        node.nameProperty().removeListener(texts);
        node.outputLanes().removeListener(lanes);
    }
}
