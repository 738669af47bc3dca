package io.footfall.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.engine.PipelinePlan;
import io.footfall.runtime.engine.PipelineRunner;
import io.footfall.runtime.engine.PipelineState;
import io.footfall.runtime.engine.PipelineValidator;
import io.footfall.runtime.engine.RunResult;
import io.footfall.runtime.engine.ValidationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The complete example in docs/pipeline-format.md parses, validates and runs with the real stage library. */
class PipelineFormatDocTest {

    @TempDir
    Path dir;

    static String documentedExample() throws Exception {
        Path doc = Path.of(System.getProperty("footfall.repo.root", ".."), "docs", "pipeline-format.md");
        String text = Files.readString(doc);
        int section = text.indexOf("## Complete example");
        assertThat(section).as("docs/pipeline-format.md has a 'Complete example' section").isPositive();
        int start = text.indexOf("```json\n", section) + "```json\n".length();
        return text.substring(start, text.indexOf("```", start));
    }

    @Test
    void theCompleteExampleParsesAndValidates() throws Exception {
        PipelineDefinition p = PipelineJson.parse(documentedExample(), "docs/pipeline-format.md");
        assertThat(p.format()).isEqualTo(PipelineDefinition.FORMAT);
        assertThat(p.parameters()).extracting(ParameterDefinition::name).containsExactly("input", "minRssi");
        assertThat(p.errorPolicy().destination().type()).isEqualTo("footfall.destination.errorFile");
        assertThat(p.stages()).hasSize(6);
        assertThat(p.edges()).contains(new Edge("@pipeline", "event", "closedFiles"));

        ValidationResult r = PipelineValidator.withDefaultRegistry().validate(p, Map.of(), null, dir, false);
        assertThat(r.issues()).isEmpty();
        // It is written exactly as the studio saves pipelines.
        assertThat(PipelineJson.toJson(p)).isEqualTo(documentedExample());
    }

    @Test
    void theCompleteExampleRunsEndToEnd() throws Exception {
        Path pipelineFile = Files.writeString(dir.resolve("routed.footfall.json"), documentedExample());
        Files.writeString(dir.resolve("sightings.jsonl"), String.join("\n",
                "{\"ts\": 1, \"sensor\": \"s-01\", \"device\": \"a\", \"rssi\": -50, \"kind\": \"wifi\"}",
                "{\"ts\": 2, \"sensor\": \"s-01\", \"device\": \"b\", \"rssi\": -90, \"kind\": \"wifi\"}",
                "{\"ts\": 3, \"sensor\": \"s-02\", \"device\": \"c\", \"rssi\": -65, \"kind\": \"ble\"}",
                "{not json",
                ""));
        ValidationResult v = PipelineValidator.withDefaultRegistry().validateFile(pipelineFile, Map.of(), true);
        assertThat(v.errors()).isEmpty();
        PipelinePlan plan = v.plan();
        RunResult result = PipelineRunner.builder(plan).build().run();
        assertThat(result.status()).as(String.valueOf(result.message())).isEqualTo(PipelineState.FINISHED);

        assertThat(linesIn(dir.resolve("out/strong"))).hasSize(2).allMatch(l -> l.contains("\"rssi\":-50") || l.contains("\"rssi\":-65"));
        assertThat(linesIn(dir.resolve("out/errors"))).singleElement().asString()
                .contains("\"errorStage\":\"parse\"").contains("{not json");
        // The strong file's completion (at destroy) and the pipeline's own events reached closedFiles.
        assertThat(String.join("\n", linesIn(dir.resolve("out/closed-files"))))
                .contains("\"event\":\"pipeline-started\"", "\"event\":\"pipeline-stopped\"", "\"event\":\"file-closed\"");
        assertThat(result.metrics().stage("weak").orElseThrow().recordsIn()).isEqualTo(1);
    }

    private static List<String> linesIn(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> !f.getFileName().toString().startsWith("_tmp_")).sorted().flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }
}
