package io.footfall.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.pipeline.PipelineJson;
import io.footfall.runtime.server.PipelineServer;
import io.footfall.runtime.server.TokenAuthenticator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Export to a pipeline server as a user does it: a real server on 127.0.0.1 with a token file, the studio on an
 * example pipeline, File → Export, the server tab, a wrong token first (refused, said so), then the right one
 * (stored as version 1, its state on the server shown).
 */
class ExportToServerEndToEndTest {
    private static final Path ROOT = Path.of(System.getProperty("footfall.repo.root", "..")).toAbsolutePath().normalize();
    private static final String PREFS_NODE = "io/footfall/studio-export-e2e-" + ProcessHandle.current().pid();
    private static final String TOKEN = "studio-export-e2e-token-0123456789";

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;
    private PipelineServer server;

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        if (server != null) {
            server.close();
        }
        Preferences.userRoot().node(PREFS_NODE).removeNode();
    }

    @Test
    void sendsThePipelineAndShowsTheServersVerdictAndState() throws Exception {
        Path examples = ROOT.resolve("pipelines/examples");
        Path tokens = Files.writeString(dir.resolve("tokens.txt"), TOKEN + "\n");
        server = new PipelineServer(new PipelineServer.Settings("127.0.0.1", 0, dir.resolve("data"), examples,
                TokenAuthenticator.fromFile(tokens), null, null, 10 * 1024 * 1024, 5)).start();
        Path pipeline = examples.resolve("strong-sightings.footfall.json");
        String id = PipelineJson.read(pipeline).id();

        System.setProperty("footfall.prefs.node", PREFS_NODE);
        System.setProperty("footfall.autosave.dir", dir.resolve("autosave").toString());
        System.setProperty("footfall.home", ROOT.toString());
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(StudioApplication.class, pipeline.toString());
        waitFor("the pipeline", 30, () -> StudioApplication.lastWindow() != null
                && id.equals(StudioApplication.lastWindow().studio().document().pipeline().id())
                && StudioApplication.lastWindow().panelsAttached());
        MainWindow window = StudioApplication.lastWindow();

        Platform.runLater(window::showExport);
        // Shown and laid out, not only built: the tab's label must be on the screen to be clicked.
        waitFor("the export dialog", 30, () -> robot.lookup("To a pipeline server")
                .match(org.testfx.matcher.base.NodeMatchers.isVisible()).tryQuery()
                .filter(n -> n.getScene() != null && n.getScene().getWindow().isShowing()
                        && n.localToScreen(n.getBoundsInLocal()) != null && n.getLayoutBounds().getWidth() > 0).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("To a pipeline server");
        TextField url = robot.lookup("#exportServerUrl").queryAs(TextField.class);
        robot.interact(url::clear);
        robot.clickOn(url).write("http://127.0.0.1:" + server.port());
        robot.clickOn("#exportServerToken").write("wrong-token");
        robot.clickOn("#exportSend");
        Label verdict = robot.lookup("#exportVerdict").queryAs(Label.class);
        waitFor("the refusal", 15, () -> verdict.getText().contains("HTTP 401"));
        assertThat(verdict.getText()).isEqualTo("The server refused \"" + id + "\" (HTTP 401): the token was not accepted");

        TextField token = robot.lookup("#exportServerToken").queryAs(TextField.class);
        robot.interact(token::clear);
        robot.clickOn(token).write(TOKEN);
        robot.clickOn("#exportSend");
        waitFor("the verdict", 15, () -> verdict.getText().startsWith("Valid;"));
        assertThat(verdict.getText()).isEqualTo("Valid; stored \"" + id + "\" as version 1 on http://127.0.0.1:" + server.port());
        assertThat(robot.lookup("#exportRunState").queryLabeled().getText()).isEqualTo("State on the server: NOT_RUN");
        robot.clickOn("Close");
    }

    private static void waitFor(String what, int seconds, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out after " + seconds + " s waiting for " + what, e);
        }
    }
}
