package io.footfall.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code footfall export} run in-process through the real CLI against a real server. */
class ExportCommandTest {
    @TempDir
    Path tmp;

    private record Outcome(int exit, String out, String err) {
    }

    private static Outcome export(String... args) {
        var cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "export";
        System.arraycopy(args, 0, all, 1, args.length);
        return new Outcome(cli.execute(all), out.toString(), err.toString());
    }

    @Test
    void printsTheServersVerdictAndExits2WhenItRefuses() throws Exception {
        Path tokens = ServerFixtures.tokenFile(tmp);
        try (PipelineServer server = new PipelineServer(new PipelineServer.Settings("127.0.0.1", 0, tmp.resolve("data"), tmp,
                TokenAuthenticator.fromFile(tokens), null, null, 1024 * 1024, 30)).start()) {
            String url = "http://127.0.0.1:" + server.port();
            Path good = tmp.resolve("good.footfall.json");
            Files.writeString(good, ServerFixtures.generatorPipeline("exported", 5, 0));

            Outcome stored = export(good.toString(), "--server", url, "--token-file", tokens.toString());
            assertThat(stored.exit()).as(stored.err()).isZero();
            assertThat(stored.out()).contains("stored 'exported' as version 1");
            Outcome again = export(good.toString(), "--server", url, "--token-file", tokens.toString());
            assertThat(again.out()).contains("as version 2");

            Path invalid = tmp.resolve("invalid.footfall.json");
            Files.writeString(invalid, ServerFixtures.generatorPipeline("invalid", 1, 0)
                    .replace("footfall.destination.trash", "no.such.stage"));
            Outcome refused = export(invalid.toString(), "--server", url, "--token-file", tokens.toString());
            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.err()).contains("refused 'invalid' (422)").contains("no.such.stage");

            Path wrongTokens = tmp.resolve("wrong.txt");
            Files.writeString(wrongTokens, "not-the-token\n");
            Outcome unauthorized = export(good.toString(), "--server", url, "--token-file", wrongTokens.toString());
            assertThat(unauthorized.exit()).isEqualTo(2);
            assertThat(unauthorized.err()).contains("(401)").contains("invalid token");

            Outcome noTokenFile = export(good.toString(), "--server", url, "--token-file", tmp.resolve("absent").toString());
            assertThat(noTokenFile.exit()).isEqualTo(2);
            assertThat(noTokenFile.err()).contains("absent");
        }
    }
}
