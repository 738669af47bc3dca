package io.footfall.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OffsetStoreTest {

    @TempDir
    Path dir;

    @Test
    void anOffsetSurvivesInTheFileWhateverCharactersItHolds() throws IOException {
        Path file = dir.resolve("state/p.footfall.json.offset");
        String tricky = "dir\\sightings \"2026\".jsonl::42 ü\n";
        OffsetStore.inFile(file).commit("first");
        OffsetStore.inFile(file).commit(tricky);
        assertThat(OffsetStore.inFile(file).load()).isEqualTo(tricky);
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void noFileMeansStartFromTheBeginningAndResetForgets() throws IOException {
        OffsetStore store = OffsetStore.inFile(dir.resolve("x.offset"));
        assertThat(store.load()).isNull();
        store.commit("7");
        store.reset();
        assertThat(OffsetStore.inFile(dir.resolve("x.offset")).load()).isNull();
    }

    @Test
    void aDamagedFileIsRefusedNamingItAndSayingWhatToDo() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.offset"), "{\"format\": \"footfall-offset/1\", \"offs");
        assertThatThrownBy(() -> OffsetStore.inFile(file).load()).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("delete it to start from the beginning");
    }

    @Test
    void aSecondRunOfTheSamePipelineIsRefusedWhileTheFirstHoldsTheLock() throws Exception {
        Path file = dir.resolve("p.offset");
        try (AutoCloseable first = OffsetStore.inFile(file).lock()) {
            assertThatThrownBy(() -> OffsetStore.inFile(file).lock()).isInstanceOf(IOException.class)
                    .hasMessageContaining("already running").hasMessageContaining("p.offset.lock");
        }
        OffsetStore.inFile(file).lock().close();
    }
}
