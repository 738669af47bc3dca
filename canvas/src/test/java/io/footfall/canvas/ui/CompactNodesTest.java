package io.footfall.canvas.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.footfall.canvas.skin.StageNodeSkin;
import io.footfall.runtime.api.ConfigIssue;
import java.util.List;
import java.util.Map;
import io.footfall.canvas.skin.MarkerSide;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Zoomed out, stages turn compact and keep their name and badges readable at a fixed screen size. */
class CompactNodesTest extends CanvasUiTestBase {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private void zoomTo(FxRobot robot, double scale) {
        robot.interact(() -> canvas.viewport().zoomAt(scale / canvas.viewport().getScale(), 20, 20));
        settle();
    }

    private static Bounds onScreen(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    /** The stage's box on the screen, from the skin's box in plan units. */
    private Bounds boxOnScreen(String stage) {
        StageNodeSkin skin = skin(stage);
        Node root = skin.root();
        Bounds box = skin.box();
        javafx.geometry.Point2D local = new javafx.geometry.Point2D(box.getMinX(), box.getMinY());
        return root.getParent().localToScene(new javafx.geometry.BoundingBox(
                local.getX(), local.getY(), box.getWidth(), box.getHeight()));
    }

    private static Node part(StageNodeSkin skin, String styleClass) {
        return skin.root().lookup("." + styleClass);
    }

    @Test
    void zoomedOutStagesShowTheirNameAtTheSameScreenSizeBesideTheirBoxWithoutOverlaps(FxRobot robot) {
        assertThat(skin("parse").isCompact()).isFalse();
        assertThat(skin("parse").markerText()).isEmpty();

        double[] heights = new double[2];
        double[] scales = {0.3, 0.15};
        for (int i = 0; i < scales.length; i++) {
            zoomTo(robot, scales[i]);
            StageNodeSkin parse = skin("parse");
            assertThat(parse.isCompact()).isTrue();
            assertThat(parse.markerText()).isEqualTo(node("parse").displayLabel());
            Bounds marker = onScreen(part(parse, "stage-marker"));
            heights[i] = marker.getHeight();
            // 11 px text on a pill: readable, whatever the zoom.
            assertThat(marker.getHeight()).isBetween(12.0, 20.0);
            Bounds box = parse.root().getParent().localToScene(parse.box());
            assertThat(marker.intersects(box)).isFalse();
            // Touching the box, within a few pixels, on one of its sides.
            Bounds near = new BoundingBox(box.getMinX() - 6, box.getMinY() - 6, box.getWidth() + 12, box.getHeight() + 12);
            assertThat(marker.intersects(near)).isTrue();
            assertNoMarkerCoversAnotherMarkerOrABox();
        }
        assertThat(heights[1]).isCloseTo(heights[0], within(0.6));
        // At the second zoom the stages are 33 px apart: at least one name had to move off the default side.
        assertThat(canvas.graphModel().nodes().stream().map(n -> skin(n.getName()).markerSide()))
                .anyMatch(side -> side != MarkerSide.BELOW);

        zoomTo(robot, 1);
        assertThat(skin("parse").isCompact()).isFalse();
        assertThat(skin("parse").markerText()).isEmpty();
    }

    private void assertNoMarkerCoversAnotherMarkerOrABox() {
        List<StageNodeSkin> skins = canvas.graphModel().nodes().stream().map(n -> skin(n.getName())).toList();
        for (StageNodeSkin a : skins) {
            if (a.markerText().isEmpty()) {
                continue;
            }
            Bounds marker = onScreen(part(a, "stage-marker"));
            for (StageNodeSkin b : skins) {
                Bounds box = b.root().getParent().localToScene(b.box());
                assertThat(marker.intersects(box)).as(a.node().getName() + "'s name over " + b.node().getName()).isFalse();
                if (b != a && !b.markerText().isEmpty()) {
                    assertThat(marker.intersects(onScreen(part(b, "stage-marker"))))
                            .as(a.node().getName() + "'s name over " + b.node().getName() + "'s").isFalse();
                }
            }
        }
    }

    @Test
    void zoomedOutBadgesKeepTheirScreenSize(FxRobot robot) {
        robot.interact(() -> {
            canvas.setIssues(List.of(ConfigIssue.error("parse", "field", "no such field")));
            canvas.setStageMetrics(Map.of("count", 1234.0));
        });
        settle();
        double issueAtOne = onScreen(part(skin("parse"), "issue-badge")).getWidth();
        double rateAtOne = onScreen(part(skin("count"), "metrics-badge")).getHeight();
        zoomTo(robot, 0.2);
        assertThat(onScreen(part(skin("parse"), "issue-badge")).getWidth()).isCloseTo(issueAtOne, within(1.0));
        Bounds rate = onScreen(part(skin("count"), "metrics-badge"));
        assertThat(rate.getHeight()).as("shrunk to the compact box, not scaled with the plan").isGreaterThan(3.0)
                .isLessThanOrEqualTo(rateAtOne + 0.5);
        // The rate sits on its own box, so it covers neither its name nor any name placed around the boxes.
        Bounds box = boxOnScreen("count");
        assertThat(rate.getMinX()).isGreaterThanOrEqualTo(box.getMinX() - 0.5);
        assertThat(rate.getMaxX()).isLessThanOrEqualTo(box.getMaxX() + 0.5);
        assertThat(rate.getMinY()).isGreaterThanOrEqualTo(box.getMinY() - 0.5);
        assertThat(rate.getMaxY()).isLessThanOrEqualTo(box.getMaxY() + 0.5);
        Bounds marker = onScreen(part(skin("count"), "stage-marker"));
        assertThat(skin("count").markerText()).isNotEmpty();
        assertThat(rate.intersects(marker)).isFalse();
        assertThat(skin("count").metricsText()).isEqualTo("1234 rec/s");
    }

    @Test
    void compactStagesAreStillSelectedAndDraggedByTheirBox(FxRobot robot) {
        zoomTo(robot, 0.3);
        double x = node("parse").getX();
        robot.clickOn(centerOf("parse"));
        eventually(() -> assertThat(canvas.selection().nodes()).containsExactly(node("parse")));
        Point2D from = centerOf("parse");
        robot.drag(from, MouseButton.PRIMARY).moveBy(15, 0).moveBy(15, 0).drop();
        // 30 px at zoom 0.3 are 100 world units, 10 m.
        eventually(() -> assertThat(node("parse").getX()).isCloseTo(x + 10, within(1.1)));
    }
}
