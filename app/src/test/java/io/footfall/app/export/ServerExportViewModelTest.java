package io.footfall.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.app.ui.UiExecutors;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineJson;
import io.footfall.runtime.pipeline.StageInstance;
import io.footfall.runtime.server.PipelineServer;
import io.footfall.runtime.server.TokenAuthenticator;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The studio's export to a real pipeline server on 127.0.0.1 (PipelineServer with a token file): what the user
 * sees after sending a valid pipeline, one the server refuses, a wrong token, a bad URL and no server at all.
 */
class ServerExportViewModelTest {
    private static final Path ROOT = Path.of(System.getProperty("footfall.repo.root", "..")).toAbsolutePath().normalize();
    private static final String TOKEN = "studio-export-test-token-0123456789";

    @TempDir
    Path tmp;
    private PipelineServer server;
    private Preferences prefs;
    private ServerExportViewModel vm;
    private PipelineDefinition valid;

    @BeforeEach
    void startServer() throws Exception {
        Path examples = ROOT.resolve("pipelines/examples");
        Path tokens = Files.writeString(tmp.resolve("tokens.txt"), "# test\n" + TOKEN + "\n");
        server = new PipelineServer(new PipelineServer.Settings("127.0.0.1", 0, tmp.resolve("data"), examples,
                TokenAuthenticator.fromFile(tokens), null, null, 10 * 1024 * 1024, 5)).start();
        prefs = Preferences.userRoot().node("io/footfall/export-test-" + ProcessHandle.current().pid());
        vm = new ServerExportViewModel(UiExecutors.direct(), prefs);
        vm.urlProperty().set("http://127.0.0.1:" + server.port());
        vm.tokenProperty().set(TOKEN);
        valid = PipelineJson.read(examples.resolve("strong-sightings.footfall.json"));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        prefs.removeNode();
    }

    @Test
    void aValidPipelineIsStoredAndItsStateShown() {
        vm.send(valid);
        assertThat(vm.failedProperty().get()).as(vm.verdictProperty().get()).isFalse();
        assertThat(vm.verdictProperty().get()).isEqualTo("Valid; stored \"" + valid.id() + "\" as version 1 on http://127.0.0.1:"
                + server.port());
        assertThat(vm.runStateProperty().get()).startsWith("NOT_RUN");
        vm.send(valid);
        assertThat(vm.verdictProperty().get()).contains("as version 2");
        assertThat(vm.busyProperty().get()).isFalse();
        // The URL is remembered for the next export (the token is not).
        assertThat(new ServerExportViewModel(UiExecutors.direct(), prefs).urlProperty().get())
                .isEqualTo("http://127.0.0.1:" + server.port());
        assertThat(prefs.get("export.serverUrl", "").contains(TOKEN)).isFalse();
    }

    @Test
    void startingItShowsTheRunState() {
        vm.startAfterStoreProperty().set(true);
        vm.send(valid);
        assertThat(vm.failedProperty().get()).as(vm.verdictProperty().get()).isFalse();
        assertThat(vm.runStateProperty().get()).doesNotStartWith("NOT_RUN").isNotEmpty();
        vm.refreshState(valid);
        assertThat(vm.runStateProperty().get()).isNotEmpty().doesNotStartWith("unknown");
    }

    @Test
    void aRefusedPipelineListsTheServersProblems() {
        List<StageInstance> stages = new ArrayList<>(valid.stages());
        StageInstance first = stages.get(0);
        stages.set(0, new StageInstance(first.name(), "no.such.stage", first.version(), first.label(), Map.of(), first.position()));
        PipelineDefinition broken = new PipelineDefinition(valid.format(), valid.id(), valid.title(), valid.description(),
                valid.floorplan(), valid.parameters(), valid.settings(), valid.errorPolicy(), stages, valid.edges());
        vm.send(broken);
        assertThat(vm.failedProperty().get()).isTrue();
        assertThat(vm.verdictProperty().get()).startsWith("The server refused \"" + valid.id() + "\" (HTTP 422)");
        assertThat(vm.problems()).isNotEmpty().anyMatch(p -> p.contains("no.such.stage"));
        assertThat(vm.runStateProperty().get()).isEmpty();
    }

    @Test
    void aWrongTokenIsSaidSo() {
        vm.tokenProperty().set("not-the-token");
        vm.send(valid);
        assertThat(vm.failedProperty().get()).isTrue();
        assertThat(vm.verdictProperty().get()).contains("(HTTP 401)").contains("token was not accepted");
    }

    @Test
    void badUrlsAreRefusedBeforeAnythingIsSent() throws Exception {
        vm.urlProperty().set("127.0.0.1:" + server.port());
        vm.send(valid);
        assertThat(vm.failedProperty().get()).isTrue();
        assertThat(vm.verdictProperty().get()).contains("must start with http:// or https://");
        vm.urlProperty().set("http://bad host/");
        vm.send(valid);
        assertThat(vm.verdictProperty().get()).startsWith("Server URL 'http://bad host/':");
        int free;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            free = s.getLocalPort();
        }
        vm.urlProperty().set("http://127.0.0.1:" + free);
        vm.send(valid);
        assertThat(vm.failedProperty().get()).isTrue();
        assertThat(vm.verdictProperty().get()).startsWith("Cannot reach http://127.0.0.1:" + free + ": connection refused");
    }
}
