package io.footfall.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Proves the UI test set-up (TestFX on Xvfb in CI, Monocle without a display): a real click changes a label. */
@ExtendWith(ApplicationExtension.class)
class UiToolkitSmokeTest {

    private Label label;
    private int clicks;

    @Start
    void start(Stage stage) {
        label = new Label("not clicked");
        label.setId("status");
        Button button = new Button("Click me");
        button.setId("click");
        button.setOnAction(e -> label.setText("clicked " + (++clicks)));
        stage.setScene(new Scene(new VBox(10, button, label), 300, 120));
        stage.show();
    }

    @Test
    void clickingTheButtonChangesTheLabel(FxRobot robot) {
        assertThat(label.getText()).isEqualTo("not clicked");
        robot.clickOn("#click");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo("clicked 1");
        robot.clickOn("Click me");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label.getText()).isEqualTo("clicked 2");
    }
}
