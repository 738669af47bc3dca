package io.footfall.runtime.stages.destination;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.Record;
import io.footfall.runtime.testing.StageRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDestinationTest {
    @TempDir
    Path dir;

    private static List<Record> sightings(int n) {
        List<Record> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("ts", 1000L + i);
            fields.put("device", "d\"" + i);
            fields.put("rssi", -70);
            fields.put("pos", Map.of("x", 1.5));
            out.add(Record.fromJava("t::" + i, fields));
        }
        return out;
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
            return s.sorted().toList();
        }
    }

    @Test
    void writesJsonLinesRollsByRecordCountAndAnnouncesEachClosedFile() throws Exception {
        StageRunner runner = StageRunner.of(FileDestinationDefinition.ID).baseDirectory(dir)
                .config("directory", "out").config("filePrefix", "s").config("maxRecordsPerFile", 2)
                .build().initOrFail();
        StageRunner.Output out = runner.write(sightings(3));
        assertThat(out.events()).singleElement().satisfies(e -> {
            assertThat(e.getString("/event")).isEqualTo("file-closed");
            assertThat(e.get("/records").asLong()).isEqualTo(2);
            assertThat(Files.readAllLines(Path.of(e.getString("/path")))).containsExactly(
                    "{\"ts\":1000,\"device\":\"d\\\"0\",\"rssi\":-70,\"pos\":{\"x\":1.5}}",
                    "{\"ts\":1001,\"device\":\"d\\\"1\",\"rssi\":-70,\"pos\":{\"x\":1.5}}");
        });
        // The third record is flushed but its file is still being written.
        assertThat(files()).extracting(p -> p.getFileName().toString())
                .anySatisfy(n -> assertThat(n).startsWith("_tmp_s-").endsWith(".jsonl"));
        runner.destroy();
        assertThat(runner.events()).hasSize(2);
        assertThat(files()).hasSize(2).allSatisfy(p -> assertThat(p.getFileName().toString()).startsWith("s-"));
        Record last = runner.events().get(1);
        assertThat(last.get("/bytes").asLong()).isEqualTo(Files.size(Path.of(last.getString("/path"))));
    }

    @Test
    void rollsBySize() throws Exception {
        StageRunner runner = StageRunner.of(FileDestinationDefinition.ID).baseDirectory(dir)
                .config("directory", "out").config("maxFileSizeMb", 100.0 / 1024 / 1024).build().initOrFail();
        runner.write(sightings(5));
        runner.destroy();
        // Each line is ~62 bytes, so every file closes after its second line.
        assertThat(runner.events()).extracting(e -> e.get("/records").asLong()).containsExactly(2L, 2L, 1L);
    }

    @Test
    void writesCsvWithAHeaderFromTheFirstRecord() throws Exception {
        StageRunner runner = StageRunner.of(FileDestinationDefinition.ID).baseDirectory(dir)
                .config("directory", "out").config("dataFormat", "CSV").build().initOrFail();
        runner.write(sightings(2));
        runner.destroy();
        assertThat(Files.readAllLines(files().get(0))).containsExactly("ts,device,rssi,pos",
                "1000,\"d\"\"0\",-70,\"{\"\"x\"\":1.5}\"", "1001,\"d\"\"1\",-70,\"{\"\"x\"\":1.5}\"");
        assertThat(files().get(0).getFileName().toString()).endsWith(".csv");
    }

    @Test
    void previewWritesNothing() throws Exception {
        StageRunner runner = StageRunner.of(FileDestinationDefinition.ID).baseDirectory(dir).preview(true)
                .config("directory", "out").build().initOrFail();
        runner.write(sightings(2));
        runner.destroy();
        assertThat(Files.exists(dir.resolve("out"))).isFalse();
        assertThat(runner.events()).isEmpty();
    }

    @Test
    void aPrefixWithASlashIsAConfigIssue() {
        assertThat(StageRunner.of(FileDestinationDefinition.ID).baseDirectory(dir).config("filePrefix", "../x")
                .build().init()).extracting(i -> i.config()).containsExactly("filePrefix");
    }

    @Test
    void aFileLeftHalfWrittenByAKilledRunIsCompletedNotStranded() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("_tmp_s-20261125-050000-1.jsonl"), "{\"n\":1}\n{\"n\":2}\n{\"n\":");
        StageRunner runner = StageRunner.of(FileDestinationDefinition.ID).baseDirectory(dir)
                .config("directory", "out").config("filePrefix", "s").build().initOrFail();
        StageRunner.Output written = runner.write(sightings(1));
        assertThat(Files.readAllLines(out.resolve("s-20261125-050000-1.jsonl"))).containsExactly("{\"n\":1}", "{\"n\":2}");
        assertThat(written.events()).anySatisfy(e -> {
            assertThat(e.getString("/path")).endsWith("s-20261125-050000-1.jsonl");
            assertThat(e.get("/records").asLong()).isEqualTo(2);
        });
        runner.destroy();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("_tmp_")).hasSize(2);
        }
    }
}
