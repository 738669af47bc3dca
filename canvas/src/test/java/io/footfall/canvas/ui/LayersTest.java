package io.footfall.canvas.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.footfall.canvas.layer.HeatmapLayer;
import io.footfall.canvas.model.GraphEdge;
import io.footfall.canvas.skin.CurvedEdgeSkin;
import io.footfall.canvas.skin.PortRef;
import io.footfall.canvas.testing.TestPipelines;
import io.footfall.runtime.pipeline.Edge;
import io.footfall.canvas.view.WorldUnits;
import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.floorplan.Point;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;

class LayersTest extends CanvasUiTestBase {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void validationAndMetricsBadgesShowOnTheirStages(FxRobot robot) {
        robot.interact(() -> {
            canvas.setIssues(List.of(ConfigIssue.error("parse", "field", "must be a field path"),
                    ConfigIssue.warning("parse", null, "nothing reads the event lane")));
            canvas.setStageMetrics(Map.of("sensors", 1234.4, "parse", 12.25));
        });
        assertThat(skin("parse").issueText()).contains("Error — field: must be a field path")
                .contains("Warning — nothing reads the event lane");
        assertThat(skin("route").issueText()).isEmpty();
        assertThat(skin("sensors").metricsText()).isEqualTo("1234 rec/s");
        assertThat(skin("parse").metricsText()).isEqualTo("12.3 rec/s");
        assertThat(skin("count").metricsText()).isEmpty();
        robot.interact(() -> canvas.setStageMetrics(null));
        assertThat(skin("sensors").metricsText()).isEmpty();
    }

    @Test
    void heatmapColoursCellsFromTheRampAndFollowsOpacity(FxRobot robot) {
        HeatmapLayer heat = canvas.heatmapLayer();
        double[][] grid = new double[12][24];
        grid[3][5] = 10;
        grid[3][6] = 5;
        robot.interact(() -> heat.update(grid));
        assertThat(heat.isVisible()).isTrue();
        assertThat(heat.rows()).isEqualTo(12);
        assertThat(heat.pixel(3, 5)).isEqualTo(heat.colorRamp().argbAt(255));
        assertThat(heat.pixel(3, 6)).isEqualTo(heat.colorRamp().argbAt(127));
        assertThat(heat.pixel(0, 0) >>> 24).isZero();
        assertThat(heat.shownMaxProperty().get()).isEqualTo(10);
        Slider opacity = robot.lookup("#heatmap-opacity").queryAs(Slider.class);
        robot.interact(() -> opacity.setValue(0.3));
        assertThat(heat.heatOpacityProperty().get()).isEqualTo(0.3);
        float[] flat = new float[12 * 24];
        flat[0] = 2;
        robot.interact(() -> heat.update(flat, 12, 24));
        assertThat(heat.pixel(0, 0)).isEqualTo(heat.colorRamp().argbAt(255));
        assertThatThrownBy(() -> heat.update(new float[3], 12, 24)).hasMessageContaining("needs 288 values");
    }

    @Test
    void floorplanShowsZonesAndSensorsCanBeDraggedInEditModeAsUndoableSteps(FxRobot robot) {
        robot.interact(() -> canvas.floorplanEditingProperty().set(true));
        Point2D sensor = screen(new Point2D(WorldUnits.toWorld(15), WorldUnits.toWorld(25)));
        robot.drag(sensor, MouseButton.PRIMARY).moveBy(25, 0).moveBy(25, -20).drop();
        robotIdle(robot);
        Point moved = canvas.getFloorplan().sensor("s1").orElseThrow().position();
        assertThat(moved.x()).isEqualTo(20.0);
        assertThat(moved.y()).isEqualTo(23.0);
        assertThat(canvas.floorplanLayer().selectedSensors()).containsExactly("s1");
        assertThat(canvas.commandStack().undoDescriptionProperty().get()).isEqualTo("move sensor s1");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        eventually(() -> assertThat(canvas.getFloorplan().sensor("s1").orElseThrow().position()).isEqualTo(new Point(15, 25)));
    }

    @Test
    void outsideEditModeSensorsAreNotDraggable(FxRobot robot) {
        Point2D sensor = screen(new Point2D(WorldUnits.toWorld(15), WorldUnits.toWorld(25)));
        robot.drag(sensor, MouseButton.PRIMARY).moveBy(30, 0).drop();
        robotIdle(robot);
        assertThat(canvas.getFloorplan().sensor("s1").orElseThrow().position()).isEqualTo(new Point(15, 25));
    }

    @Test
    void propertyEditsRedrawTheStageAndUndoToTheOriginal(FxRobot robot) {
        robot.interact(() -> canvas.setConfig(node("route"), "routes", List.of("inside", "outside", "staff")));
        assertThat(skin("route").portShape(new PortRef(node("route"), "staff"))).isNotNull();
        robot.interact(() -> canvas.setConfig(node("route"), "routes", List.of("north", "south")));
        GraphEdge inside = canvas.graphModel().edges().stream().filter(e -> e.lane().equals("inside")).findFirst().orElseThrow();
        assertThat(((CurvedEdgeSkin) canvas.skinLookup().edgeSkin(inside)).isBroken()).isTrue();
        boolean[] renamed = new boolean[2];
        robot.interact(() -> {
            renamed[0] = canvas.rename(node("parse"), "route");
            renamed[1] = canvas.rename(node("parse"), "decode");
        });
        assertThat(renamed).containsExactly(false, true);
        assertThat(canvas.getPipeline().edges()).contains(new Edge("decode", "output", "route"));
        assertThat(skin("decode").node().getName()).isEqualTo("decode");
        robot.interact(() -> canvas.setLabel(node("decode"), "Decode sightings"));
        robot.interact(() -> {
            for (int i = 0; i < 4; i++) {
                canvas.undo();
            }
        });
        assertThat(canvas.getPipeline()).isEqualTo(TestPipelines.sample());
        assertThat(((CurvedEdgeSkin) canvas.skinLookup().edgeSkin(inside)).isBroken()).isFalse();
    }
}
