package io.footfall.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OffsetStoreTest {

    @TempDir
    Path dir;

    private List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void commitsGoToNumberedFilesAndSettleBackIntoTheNamedFile() throws IOException {
        Path file = dir.resolve("state/p.footfall.json.offset");
        String tricky = "dir\\sightings \"2026\".jsonl::42 ü\n";
        OffsetStore store = OffsetStore.inFile(file);
        store.commit("first");
        store.commit(tricky);
        assertThat(files(file.getParent())).containsExactly("p.footfall.json.offset.2");
        // A process killed now leaves the numbered file: the next run reads it.
        assertThat(OffsetStore.inFile(file).load()).isEqualTo(tricky);

        store.settle();
        assertThat(files(file.getParent())).containsExactly("p.footfall.json.offset");
        assertThat(OffsetStore.inFile(file).load()).isEqualTo(tricky);
    }

    @Test
    void afterAKillBetweenRenameAndDeleteTheNewestCopyWins() throws IOException {
        Path file = dir.resolve("p.offset");
        OffsetStore.inFile(file).commit("old");
        OffsetStore first = OffsetStore.inFile(file);
        first.load();
        first.settle();
        Files.writeString(dir.resolve("p.offset.3"), "{\"format\":\"footfall-offset/1\",\"offset\":\"three\"}");
        Files.writeString(dir.resolve("p.offset.4"), "{\"format\":\"footfall-offset/1\",\"offset\":\"four\"}");
        Files.writeString(dir.resolve("p.offset.tmp"), "{\"format\":\"footfall-of");

        OffsetStore store = OffsetStore.inFile(file);
        assertThat(store.load()).isEqualTo("four");
        store.commit("five");
        store.settle();
        assertThat(files(dir)).containsExactly("p.offset");
        assertThat(OffsetStore.inFile(file).load()).isEqualTo("five");
    }

    @Test
    void anOffsetSavedForOtherOriginSettingsIsNotResumedFromAndSaysWhy() throws IOException {
        Path file = dir.resolve("p.offset");
        OffsetStore first = OffsetStore.inFile(file).forSource("aaaa");
        first.commit("3440000");
        first.settle();
        assertThat(Files.readString(file)).contains("\"source\":\"aaaa\"").contains("3440000");

        OffsetStore same = OffsetStore.inFile(file).forSource("aaaa");
        assertThat(same.load()).isEqualTo("3440000");
        assertThat(same.discarded()).isNull();

        OffsetStore other = OffsetStore.inFile(file).forSource("bbbb");
        assertThat(other.load()).isNull();
        assertThat(other.discarded()).contains(file.toString()).contains("starting from the beginning");

        // A file from before sources were recorded is resumed from, as it always was.
        Files.writeString(file, "{\"format\":\"footfall-offset/1\",\"offset\":\"12\"}\n");
        assertThat(OffsetStore.inFile(file).forSource("bbbb").load()).isEqualTo("12");
    }

    @Test
    void noFileMeansStartFromTheBeginningAndResetForgets() throws IOException {
        OffsetStore store = OffsetStore.inFile(dir.resolve("x.offset"));
        assertThat(store.load()).isNull();
        store.commit("7");
        store.reset();
        assertThat(OffsetStore.inFile(dir.resolve("x.offset")).load()).isNull();
        assertThat(files(dir)).isEmpty();
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
