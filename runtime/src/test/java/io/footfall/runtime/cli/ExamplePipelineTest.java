package io.footfall.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** pipelines/examples/strong-sightings.footfall.json: validate, preview and run it with the real stages. */
class ExamplePipelineTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("footfall.repo.root", ".."), "pipelines", "examples");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int footfall(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void theExampleValidatesInPlace() {
        assertThat(footfall("validate", EXAMPLES.resolve("strong-sightings.footfall.json").toString())).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void runningItKeepsExactlyTheStrongSightingsAndReportsTheMalformedLine() throws Exception {
        Path pipeline = dir.resolve("strong-sightings.footfall.json");
        Files.copy(EXAMPLES.resolve("strong-sightings.footfall.json"), pipeline);
        Files.copy(EXAMPLES.resolve("sample-sightings.jsonl"), dir.resolve("sample-sightings.jsonl"));
        List<Long> expected = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("sample-sightings.jsonl"))) {
            try {
                long rssi = JSON.readTree(line).get("rssi").asLong();
                if (rssi >= -70) {
                    expected.add(rssi);
                }
            } catch (java.io.IOException malformed) {
                // the sample's one broken line; the pipeline must report it, checked below
            }
        }

        assertThat(footfall("preview", pipeline.toString(), "--records", "3")).isZero();
        assertThat(dir.resolve("out")).doesNotExist();

        assertThat(footfall("run", pipeline.toString())).as(err.toString()).isZero();
        List<Long> written = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("out/strong-sightings"))) {
            for (Path f : files.toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (!line.isBlank()) {
                        written.add(JSON.readTree(line).get("rssi").asLong());
                    }
                }
            }
        }
        assertThat(written).containsExactlyElementsOf(expected);
        List<String> errors = Files.readAllLines(dir.resolve("strong-sightings.footfall.json.errors.jsonl"));
        assertThat(errors).hasSize(1);
        JsonNode error = JSON.readTree(errors.get(0));
        assertThat(error.get("errorStage").asText()).isEqualTo("parse");
        assertThat(error.get("sourceId").asText()).contains("sample-sightings.jsonl").endsWith("7");

        // A second run resumes after the committed offset: nothing new to write.
        out.getBuffer().setLength(0);
        assertThat(footfall("run", pipeline.toString())).isZero();
        assertThat(out.toString()).containsPattern("sightings +0 +0 ").containsPattern("write +0 +0 ");
    }
}
