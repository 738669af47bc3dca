package io.footfall.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the real ./footfall launcher as a user would, against the distribution this build packaged. */
class FootfallLauncherIT {

    private static final Path ROOT = Path.of(System.getProperty("footfall.repo.root", "..")).toAbsolutePath().normalize();

    record Result(int exit, String out, String err) {
    }

    static Result footfall(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("footfall").toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("footfall-out", ".txt");
        Path err = Files.createTempFile("footfall-err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        // The distribution was just packaged by this very build; never start a nested Maven from a test.
        pb.environment().put("FOOTFALL_NO_REBUILD", "1");
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("footfall %s finished", List.of(args)).isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void versionPrintsTheProjectVersion() throws Exception {
        Result r = footfall("--version");
        String expected = Files.readString(ROOT.resolve("app/target/dist/version")).strip();
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("footfall " + expected);
    }

    @Test
    void helpListsTheContractCommands() throws Exception {
        Result r = footfall("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("simulate", "analyze", "validate", "preview", "evaluate", "serve", "export",
                "submit", "cluster", "broker", "studio");
    }

    @Test
    void anUnknownCommandIsBadInput() throws Exception {
        Result r = footfall("no-such-command");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no-such-command");
    }
}
