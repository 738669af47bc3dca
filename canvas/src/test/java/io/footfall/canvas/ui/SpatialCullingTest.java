package io.footfall.canvas.ui;

import static io.footfall.canvas.testing.PixelMatch.sameShare;
import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.canvas.skin.StageNodeSkin;
import io.footfall.canvas.view.GestureCache;
import io.footfall.canvas.view.SpatialGroup;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Pictures of part of the world leave out what lies elsewhere (spatial buckets made transparent while a strip or a
 * bitmap is drawn) and bring it back afterwards; a stage's marker and badges are in the scene only while shown.
 */
class SpatialCullingTest extends CanvasUiTestBase {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void cullingHidesOnlyTheBucketsMissingTheAreaKeepsTheBoundsAndComesBack(FxRobot robot) {
        robot.interact(() -> {
            SpatialGroup group = new SpatialGroup(100);
            Rectangle near = new Rectangle(10, 10, 20, 20);
            Rectangle far = new Rectangle(510, 10, 20, 20);
            // Added in the far cell, then moved next to the area: the culling goes by where it is, not where it was put.
            Rectangle moved = new Rectangle(520, 220, 20, 20);
            group.add(near);
            group.add(far);
            group.add(moved);
            assertThat(group.bucketCount()).isEqualTo(3);
            assertThat(group.items()).containsExactlyInAnyOrder(near, far, moved);
            moved.setX(40);
            moved.setY(60);
            Bounds before = group.getBoundsInLocal();

            group.cullTo(new Rectangle2D(0, 0, 80, 80));
            assertThat(group.culledBucketCount()).isEqualTo(1);
            assertThat(far.getParent().getOpacity()).isZero();
            assertThat(near.getParent().getOpacity()).isEqualTo(1);
            assertThat(moved.getParent().getOpacity()).isEqualTo(1);
            assertThat(group.getBoundsInLocal()).isEqualTo(before);

            group.uncull();
            assertThat(group.culledBucketCount()).isZero();
            group.remove(far);
            assertThat(group.items()).containsExactlyInAnyOrder(near, moved);
        });
    }

    @Test
    void aPanRefilledStripByStripWhileZoomedInShowsTheStagesItBringsIntoViewAndCullsNothingAfterwards(FxRobot robot) {
        GestureCache cache = canvas.gestureCache();
        robot.interact(() -> {
            cache.setSettle(Duration.seconds(30));
            // Zoomed in, so that a strip covers a few buckets and most are left out of it.
            canvas.viewport().zoomAt(2.5, 0, 0);
        });
        settle();
        robot.interact(() -> canvas.viewport().panBy(-6, 0));
        robotIdle(robot);
        robot.interact(() -> canvas.viewport().panBy(-6, 0));
        robotIdle(robot);
        int drawn = cache.snapshotCount();
        int refilled = cache.refillCount();
        for (int i = 0; i < 120; i++) {
            robot.interact(() -> canvas.viewport().panBy(-6, -1));
            robotIdle(robot);
        }
        assertThat(cache.refillCount()).as("strips were drawn").isGreaterThan(refilled);
        assertThat(cache.snapshotCount()).as("no whole redraw").isEqualTo(drawn);
        robot.interact(() -> assertThat(culledBuckets()).as("no bucket left out once a strip is drawn").isZero());
        Image bitmap = snapshot(robot);
        robot.interact(cache::stop);
        Image live = snapshot(robot);
        assertThat(sameShare(bitmap, live)).isGreaterThan(0.99);
    }

    @Test
    void aStagesMarkerAndBadgesAreInTheSceneOnlyWhileShown(FxRobot robot) {
        StageNodeSkin parse = skin("parse");
        Node issueBadge = overlay(parse, "issue-badge");
        Node metricsBadge = overlay(parse, "metrics-badge");
        Node marker = overlay(parse, "stage-marker");
        assertThat(List.of(issueBadge, metricsBadge, marker)).allMatch(n -> n.getParent() == null);
        int bare = countNodes(parse.root());

        robot.interact(() -> canvas.setStageMetrics(Map.of("parse", 1234.0)));
        assertThat(metricsBadge.getParent()).isSameAs(parse.root());
        assertThat(parse.metricsText()).isEqualTo("1234 rec/s");
        assertThat(countNodes(parse.root())).isEqualTo(bare + 3);

        robot.interact(() -> canvas.viewport().zoomAt(0.3 / canvas.viewport().getScale(), 20, 20));
        settle();
        assertThat(marker.getParent()).isSameAs(parse.root());
        assertThat(parse.markerText()).isNotEmpty();
        // The order above the box holds: marker, then the badges.
        List<Node> children = ((javafx.scene.Parent) parse.root()).getChildrenUnmodifiable();
        assertThat(children.indexOf(marker)).isLessThan(children.indexOf(metricsBadge));

        robot.interact(() -> {
            canvas.viewport().zoomAt(1 / canvas.viewport().getScale(), 20, 20);
            canvas.setStageMetrics(null);
        });
        settle();
        assertThat(marker.getParent()).isNull();
        assertThat(metricsBadge.getParent()).isNull();
        assertThat(countNodes(parse.root())).isEqualTo(bare);
    }

    private int culledBuckets() {
        int culled = 0;
        for (Node n : canvas.floorplanLayer().getParent().lookupAll("*")) {
            if (n instanceof SpatialGroup g) {
                culled += g.culledBucketCount();
            }
        }
        return culled;
    }

    /** A marker or badge of the skin, found by its style class whether or not it is in the scene. */
    private static Node overlay(StageNodeSkin skin, String styleClass) {
        try {
            for (var f : StageNodeSkin.class.getDeclaredFields()) {
                if (Node.class.isAssignableFrom(f.getType())) {
                    f.setAccessible(true);
                    Node n = (Node) f.get(skin);
                    if (n != null && n.getStyleClass().contains(styleClass)) {
                        return n;
                    }
                }
            }
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no " + styleClass);
    }

    private static int countNodes(Node n) {
        int count = 1;
        if (n instanceof javafx.scene.Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                count += countNodes(c);
            }
        }
        return count;
    }

    private Image snapshot(FxRobot robot) {
        Image[] shot = new Image[1];
        robot.interact(() -> {
            shot[0] = canvas.snapshot(null, null);
        });
        return shot[0];
    }
}
