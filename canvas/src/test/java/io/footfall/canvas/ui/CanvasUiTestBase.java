package io.footfall.canvas.ui;

import io.footfall.canvas.PipelineCanvas;
import io.footfall.canvas.StagePalette;
import io.footfall.canvas.model.GraphNode;
import io.footfall.canvas.skin.PortRef;
import io.footfall.canvas.skin.StageNodeSkin;
import io.footfall.canvas.testing.TestPipelines;
import io.footfall.canvas.view.WorldUnits;
import io.footfall.runtime.pipeline.PipelineDefinition;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A palette beside a canvas showing the sample pipeline over a tiny mall at zoom 1, shifted by a fixed
 * offset, so tests can compute where things are on screen from the model.
 */
@ExtendWith(ApplicationExtension.class)
abstract class CanvasUiTestBase {
    static final double OFFSET = 20;
    PipelineCanvas canvas;
    StagePalette palette;

    /** TestFX looks for {@code @Start} only on the test class itself, so each subclass calls this from one. */
    void show(Stage stage) {
        canvas = new PipelineCanvas();
        canvas.setId("canvas");
        palette = new StagePalette(TestPipelines.registry());
        canvas.setPipeline(pipeline());
        canvas.setFloorplan(TestPipelines.tinyMall());
        canvas.viewport().translateXProperty().set(OFFSET);
        canvas.viewport().translateYProperty().set(OFFSET);
        stage.setScene(new Scene(new BorderPane(canvas, null, null, null, palette), 1180, 740));
        stage.show();
        canvas.requestFocus();
    }

    PipelineDefinition pipeline() {
        return TestPipelines.sample();
    }

    GraphNode node(String name) {
        return canvas.graphModel().node(name).orElseThrow();
    }

    StageNodeSkin skin(String name) {
        return (StageNodeSkin) canvas.skinLookup().nodeSkin(node(name));
    }

    /** Screen coordinates of a world point. */
    Point2D screen(Point2D world) {
        Point2D local = canvas.viewport().worldToScreen(world.getX(), world.getY());
        return canvas.localToScreen(local);
    }

    Point2D centerOf(String name) {
        GraphNode n = node(name);
        return screen(new Point2D(WorldUnits.toWorld(n.getX()) + StageNodeSkin.WIDTH / 2,
                WorldUnits.toWorld(n.getY()) + skin(name).height() / 2));
    }

    Point2D outputPort(String name, String lane) {
        return screen(canvas.skinLookup().nodeSkin(node(name)).outputAnchor(lane));
    }

    /** A point of the canvas in screen coordinates. */
    Point2D canvasPoint(double x, double y) {
        return canvas.localToScreen(x, y);
    }

    static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    static PortRef input(GraphNode n) {
        return new PortRef(n, null);
    }

    /** Platform drag-and-drop needs a real windowing system; Monocle's headless glass has none. */
    static boolean realDisplay() {
        String glass = System.getProperty("glass.platform", "");
        return System.getenv("DISPLAY") != null && !glass.equalsIgnoreCase("Monocle")
                && !Boolean.getBoolean("testfx.headless");
    }

    static void robotIdle(FxRobot robot) {
        robot.sleep(50);
        settle();
    }

    /**
     * Checks an outcome of robot input until it holds, for up to 10 s. Why: the robot's key and mouse
     * events reach JavaFX through the X server, and on a busy machine they can still be on their way when
     * the FX queue has been drained; the last failure is rethrown if the outcome never comes.
     */
    static void eventually(Runnable assertion) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                settle();
                assertion.run();
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() - deadline > 0) {
                    throw notYet;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw notYet;
                }
            }
        }
    }
}
