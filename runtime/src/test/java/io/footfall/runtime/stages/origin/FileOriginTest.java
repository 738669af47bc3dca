package io.footfall.runtime.stages.origin;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.testing.StageRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileOriginTest {
    @TempDir
    Path dir;

    private StageRunner origin(Object... config) {
        StageRunner.Builder b = StageRunner.of(FileOriginDefinition.ID).baseDirectory(dir);
        for (int i = 0; i < config.length; i += 2) {
            b.config((String) config[i], config[i + 1]);
        }
        return b.build().initOrFail();
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void readsJsonLinesIntoFieldsAndEndsWithNull() throws Exception {
        write("s.jsonl", "{\"ts\":1,\"sensor\":\"s-01\",\"rssi\":-71,\"pos\":{\"x\":1.5}}\n\n{\"ts\":2,\"rssi\":-60}\n");
        StageRunner runner = origin("path", "s.jsonl");
        StageRunner.Output out = runner.produce(null, 100);
        assertThat(out.records()).hasSize(2);
        Record first = out.records().get(0);
        assertThat(first.get("/rssi").asLong()).isEqualTo(-71);
        assertThat(first.get("/pos/x").asDouble()).isEqualTo(1.5);
        assertThat(first.header().sourceId()).isEqualTo("s.jsonl::1");
        assertThat(out.records().get(1).header().sourceId()).isEqualTo("s.jsonl::3");
        assertThat(runner.produce(out.offset(), 100).offset()).isNull();
    }

    @Test
    void aMalformedLineBecomesAnErrorRecordNamingFileAndLineAndReadingGoesOn() throws Exception {
        Path file = write("s.jsonl", "{\"rssi\":-1}\n{\"rssi\": oops}\n[1,2]\n{\"rssi\":-3}\n");
        StageRunner.Output out = origin("path", "s.jsonl").produce(null, 100);
        assertThat(out.records()).extracting(r -> r.get("/rssi").asLong()).containsExactly(-1L, -3L);
        assertThat(out.errors()).hasSize(2);
        Record bad = out.errors().get(0);
        assertThat(bad.header().errorCode()).isEqualTo("MALFORMED_JSON");
        assertThat(bad.header().errorMessage()).startsWith(file + " line 2: malformed JSON");
        assertThat(bad.getString("/text")).isEqualTo("{\"rssi\": oops}");
        assertThat(out.errors().get(1).header().errorMessage()).contains("line 3").contains("not").contains("object");
    }

    @Test
    void anOffsetResumesExactlyAfterTheLastLineEvenInANewStageInstance() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            text.append("{\"n\":").append(i).append("}\r\n");
        }
        write("s.jsonl", text.toString());
        StageRunner first = origin("path", "s.jsonl");
        String offset = first.produce(null, 10).offset();
        assertThat(offset).startsWith("90:10:").endsWith("s.jsonl");
        first.destroy();

        StageRunner restarted = origin("path", "s.jsonl");
        StageRunner.Output out = restarted.produce(offset, 10);
        assertThat(out.records()).extracting(r -> r.get("/n").asLong()).first().isEqualTo(10L);
        assertThat(out.records().get(0).header().sourceId()).isEqualTo("s.jsonl::11");
    }

    @Test
    void readsADirectoryInNameOrderThroughTheGlob() throws Exception {
        write("b.jsonl", "{\"n\":2}\n");
        write("a.jsonl", "{\"n\":1}\n");
        write("c.txt", "{\"n\":99}\n");
        write("_tmp_d.jsonl", "{\"n\":98}\n");
        StageRunner runner = origin("path", ".", "fileGlob", "*.jsonl");
        List<Long> seen = new ArrayList<>();
        String offset = null;
        StageRunner.Output out;
        while ((out = runner.produce(offset, 1)).offset() != null) {
            out.records().forEach(r -> seen.add(r.get("/n").asLong()));
            offset = out.offset();
        }
        assertThat(seen).containsExactly(1L, 2L);
    }

    @Test
    void csvUsesTheHeaderAndRefusesRowsWithTheWrongColumnCount() throws Exception {
        Path file = write("s.csv", "ts,sensor,rssi\n1,s-01,-70\n2,s-02\n3,\"s,03\",-60\n");
        StageRunner runner = origin("path", "s.csv", "dataFormat", "CSV");
        StageRunner.Output out = runner.produce(null, 100);
        assertThat(out.records()).extracting(r -> r.getString("/sensor")).containsExactly("s-01", "s,03");
        assertThat(out.records().get(0).get("/rssi").asLong()).isEqualTo(-70);
        assertThat(out.errors()).singleElement().satisfies(e -> {
            assertThat(e.header().errorCode()).isEqualTo("CSV_COLUMNS");
            assertThat(e.header().errorMessage()).isEqualTo(file + " line 3: has 2 columns, expected 3 (ts,sensor,rssi)");
        });
    }

    @Test
    void csvResumedMidFileStillKnowsTheHeader() throws Exception {
        write("s.csv", "a,b\n1,2\n3,4\n");
        String offset = origin("path", "s.csv", "dataFormat", "CSV").produce(null, 1).offset();
        StageRunner.Output out = origin("path", "s.csv", "dataFormat", "CSV").produce(offset, 10);
        assertThat(out.records()).singleElement().satisfies(r -> assertThat(r.get("/b").asLong()).isEqualTo(4));
    }

    @Test
    void textKeepsTheLineInTheConfiguredField() throws Exception {
        write("log.txt", "hello world\nsecond\n");
        StageRunner.Output out = origin("path", "log.txt", "dataFormat", "TEXT", "textField", "/line").produce(null, 10);
        assertThat(out.records()).extracting(r -> r.getString("/line")).containsExactly("hello world", "second");
    }

    @Test
    void tailingPicksUpAppendedLinesAndNewFilesAndReturnsWithinTheWait() throws Exception {
        Path a = write("a.jsonl", "{\"n\":1}\n{\"n\":2");
        StageRunner runner = StageRunner.of(FileOriginDefinition.ID).baseDirectory(dir).maxWaitMillis(150)
                .config("path", ".").config("tail", true).config("pollMillis", 20).build().initOrFail();
        StageRunner.Output out = runner.produce(null, 10);
        assertThat(out.records()).hasSize(1);

        long before = System.nanoTime();
        out = runner.produce(out.offset(), 10);
        assertThat(out.records()).isEmpty();
        assertThat(out.offset()).isNotNull();
        assertThat((System.nanoTime() - before) / 1_000_000).isBetween(100L, 2_000L);

        Files.writeString(a, "}\n", StandardOpenOption.APPEND);
        write("b.jsonl", "{\"n\":3}\n");
        List<Long> seen = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            out = runner.produce(out.offset(), 10);
            out.records().forEach(r -> seen.add(r.get("/n").asLong()));
        }
        assertThat(seen).containsExactly(2L, 3L);
    }

    @Test
    void aMissingPathIsAConfigurationIssueOnPath() {
        List<ConfigIssue> issues = StageRunner.of(FileOriginDefinition.ID).baseDirectory(dir)
                .config("path", "nope.jsonl").build().init();
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.config()).isEqualTo("path");
            assertThat(i.message()).contains("nope.jsonl");
        });
    }

    @Test
    void anOverlongLineIsReportedAndSkipped() throws Exception {
        write("s.jsonl", "{\"n\":1}\n{\"pad\":\"" + "x".repeat(200) + "\"}\n{\"n\":3}\n");
        StageRunner.Output out = origin("path", "s.jsonl", "maxLineLength", 64).produce(null, 10);
        assertThat(out.records()).extracting(r -> r.get("/n").asLong()).containsExactly(1L, 3L);
        assertThat(out.errors()).singleElement()
                .satisfies(e -> assertThat(e.header().errorMessage()).contains("line 2").contains("longer than 64"));
    }

    @Test
    void readsUtf8() throws Exception {
        Files.write(dir.resolve("u.jsonl"), "{\"zone\":\"Café Ünal\"}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(origin("path", "u.jsonl").produce(null, 10).records().get(0).getString("/zone")).isEqualTo("Café Ünal");
    }
}
