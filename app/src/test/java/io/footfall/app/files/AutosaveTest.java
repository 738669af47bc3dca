package io.footfall.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.app.document.PipelineDocument;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two studios at once share the autosave folder: neither may offer, recover or delete the other's live copies. */
class AutosaveTest {
    @TempDir
    Path dir;

    @Test
    void aRunningStudiosCopiesAreNeitherOfferedNorDeletedByAnother() throws Exception {
        Autosave first = new Autosave(dir);
        first.save(PipelineDocument.emptyPipeline(), null);
        Path copy = first.ownCopy().orElseThrow();

        Autosave second = new Autosave(dir);
        assertThat(second.leftovers()).isEmpty();
        second.discardSession();
        assertThat(copy).exists();

        first.abandon();
        assertThat(second.leftovers()).singleElement().satisfies(l -> assertThat(l.copy()).isEqualTo(copy));
        second.discard(copy);
        try (var left = Files.list(dir)) {
            assertThat(left).as("the ended session's copy, origin and lock file").isEmpty();
        }
    }

    @Test
    void anotherProcessHoldingItsCopiesKeepsThemUntilItDies() throws Exception {
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OtherStudio.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("saved");
            Autosave here = new Autosave(dir);
            assertThat(here.leftovers()).as("its studio still runs").isEmpty();
            assertThat(here.floorplanLeftovers()).isEmpty();

            other.destroyForcibly();
            assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
            List<Autosave.Leftover> left = here.leftovers();
            assertThat(left).as("its studio crashed").hasSize(1);
            here.discard(left.get(0).copy());
            try (var files = Files.list(dir)) {
                assertThat(files).isEmpty();
            }
        } finally {
            other.destroyForcibly();
        }
    }

    /** A studio in another JVM: autosaves once, says so, and runs until it is killed. */
    public static final class OtherStudio {
        public static void main(String[] args) throws Exception {
            Autosave autosave = new Autosave(Path.of(args[0]));
            autosave.save(PipelineDocument.emptyPipeline(), null);
            System.out.println("saved");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
