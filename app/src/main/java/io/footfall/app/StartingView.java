package io.footfall.app;

import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * What the window shows from the moment it appears until the demo is drawn: the studio's name and what it is opening,
 * in the theme's colours, covering the studio while it is built under it. Before (BENCHMARKS.md "Studio", session 7)
 * the window was an empty rectangle until the whole studio had been styled and laid out, then showed an empty canvas,
 * then the stages without their floorplan, then the demo. Now it shows this, then the demo. A few labels: their style
 * and layout pass takes milliseconds, and what the cover hides is not painted (JavaFX culls nodes under an opaque
 * one), so the studio's own frames are not held back.
 */
final class StartingView {
    private final StackPane host = new StackPane();
    private final VBox cover;

    private StartingView(Path pipeline) {
        Label title = new Label("Footfall Studio");
        title.getStyleClass().add("starting-title");
        Label what = new Label(pipeline == null
                ? "Opening the demo: the standard foot-traffic pipeline over the medium mall…"
                : "Opening " + pipeline.getFileName() + "…");
        what.getStyleClass().add("starting-detail");
        cover = new VBox(8, title, what);
        cover.setAlignment(Pos.CENTER);
        cover.getStyleClass().add("starting");
        host.getChildren().add(cover);
        host.setUserData(this);
    }

    /** Puts a scene saying that {@code pipeline} (the bundled demo when null) is being opened into {@code stage}. */
    static Scene show(Stage stage, Path pipeline) {
        Scene scene = new Scene(new StartingView(pipeline).host);
        scene.getStylesheets().add(StartingView.class.getResource("studio.css").toExternalForm());
        stage.setScene(scene);
        return scene;
    }

    /**
     * Puts the studio's {@code root} into {@code stage}: under the cover when the stage shows one, else in a scene of
     * its own (the end-to-end tests start the studio without one); returns the scene.
     */
    static Scene placeUnder(Stage stage, Parent root) {
        Scene scene = stage.getScene();
        if (scene != null && scene.getRoot().getUserData() instanceof StartingView starting) {
            starting.host.getChildren().add(0, root);
            return scene;
        }
        scene = new Scene(root);
        scene.getStylesheets().add(StartingView.class.getResource("studio.css").toExternalForm());
        stage.setScene(scene);
        return scene;
    }

    /** Takes the cover away, if {@code stage} shows one: the studio under it shows from the next frame on. */
    static void uncover(Stage stage) {
        Scene scene = stage.getScene();
        if (scene != null && scene.getRoot().getUserData() instanceof StartingView starting) {
            starting.host.getChildren().remove(starting.cover);
        }
    }
}
