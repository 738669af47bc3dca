package io.footfall.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** runtime/src/test/sh/server-api.sh (curl through the whole API and every error code) against a real server. */
class ServerShellTest {
    private static final Path SCRIPT = Path.of("src/test/sh/server-api.sh");

    @TempDir
    Path tmp;

    static boolean onPath(String command) {
        try {
            Process p = new ProcessBuilder("bash", "-c", "command -v " + command).redirectErrorStream(true).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void curlGetsEveryAnswerTheContractPromises() throws Exception {
        assumeTrue(onPath("curl"), "curl is not installed, so the shell test of the server API cannot run (.ci/run installs it)");
        assertThat(SCRIPT).isRegularFile();
        try (PipelineServer server = new PipelineServer(new PipelineServer.Settings("127.0.0.1", 0, tmp.resolve("data"), tmp,
                TokenAuthenticator.fromFile(ServerFixtures.tokenFile(tmp)), null, null, 10 * 1024 * 1024, 30)).start()) {
            Path output = tmp.resolve("script-output.txt");
            Process script = new ProcessBuilder("bash", SCRIPT.toString(), "http://127.0.0.1:" + server.port(), ServerFixtures.TOKEN)
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            boolean finished = script.waitFor(5, TimeUnit.MINUTES);
            if (!finished) {
                script.destroyForcibly();
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(finished).as("the script finished within 5 minutes; it printed:%n%s", printed).isTrue();
            assertThat(script.exitValue()).as("exit status of server-api.sh; it printed:%n%s", printed).isZero();
            assertThat(printed).contains("every call answered as the contract says");
        }
    }
}
