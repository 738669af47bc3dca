package io.footfall.runtime.cli;

import static io.footfall.runtime.engine.testlib.TestPipelines.edge;
import static io.footfall.runtime.engine.testlib.TestPipelines.pipeline;
import static io.footfall.runtime.engine.testlib.TestPipelines.stage;
import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** run, validate and preview through the real CLI, on the engine's test stages. */
class PipelineCommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private Path pipelineFile;

    @BeforeEach
    void writePipeline() throws IOException {
        Files.writeString(dir.resolve("in.txt"), "1\n2\n3\nfour\n5\n");
        PipelineDefinition p = pipeline(List.of(
                        stage("read", "test.origin.lines", "path", "in.txt"),
                        stage("parse", "test.processor.parse"),
                        stage("write", "test.destination.appendLines", "path", "${out}")),
                List.of(edge("read", "parse"), edge("parse", "write")),
                List.of(new io.footfall.runtime.pipeline.ParameterDefinition("out", "out.txt", "where lines go")),
                io.footfall.runtime.pipeline.PipelineSettings.defaults());
        pipelineFile = dir.resolve("numbers.footfall.json");
        PipelineJson.write(p, pipelineFile);
    }

    private int footfall(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void validateAcceptsAGoodPipeline() {
        assertThat(footfall("validate", pipelineFile.toString())).isZero();
        assertThat(out.toString()).contains("numbers.footfall.json: valid (3 stages)");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void validateListsEveryProblemOnItsOwnLineAndExits2() throws IOException {
        String broken = Files.readString(pipelineFile).replace("test.processor.parse", "test.processor.gone")
                .replace("\"to\": \"write\"", "\"to\": \"nowhere\"");
        Files.writeString(pipelineFile, broken);
        assertThat(footfall("validate", pipelineFile.toString(), "--param", "colour=red")).isEqualTo(2);
        List<String> lines = err.toString().lines().toList();
        assertThat(lines).anyMatch(l -> l.equals(pipelineFile + ": ERROR stage 'parse' field 'type': unknown stage type "
                + "'test.processor.gone' (no installed stage library provides it)"));
        assertThat(lines).anyMatch(l -> l.contains("ERROR stage 'parse'") && l.contains("there is no stage 'nowhere'"));
        assertThat(lines).anyMatch(l -> l.contains("ERROR stage 'write': has no input"));
        assertThat(lines).anyMatch(l -> l.contains("--param colour: the pipeline declares no parameter 'colour' (it declares [out])"));
        assertThat(lines.get(lines.size() - 1)).endsWith("4 problem(s); the pipeline cannot run");
    }

    @Test
    void aFileThatIsNotJsonOrMissingIsExit2NamingTheFile() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.footfall.json"), "this is not json");
        assertThat(footfall("validate", junk.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(junk.toString()).contains("not valid JSON at line 1");
        assertThat(footfall("run", dir.resolve("absent.footfall.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("absent.footfall.json").contains("cannot read the file");
    }

    @Test
    void runWritesTheOutputReportsErrorsAndAnUnknownParamIsExit2() throws IOException {
        assertThat(footfall("run", pipelineFile.toString(), "--param", "out=result.txt")).isZero();
        assertThat(Files.readAllLines(dir.resolve("result.txt"))).containsExactly("1", "2", "3", "5");
        assertThat(out.toString()).contains("numbers.footfall.json: finished").contains("parse");
        assertThat(err.toString()).contains("1 error record(s) written to " + dir.resolve("numbers.footfall.json.errors.jsonl"));

        assertThat(footfall("run", pipelineFile.toString(), "--param", "nope=1")).isEqualTo(2);
        assertThat(footfall("run", pipelineFile.toString(), "--param", "malformed")).isEqualTo(2);
    }

    @Test
    void aStageFailureIsExit1WithTheStageNamed() throws IOException {
        Files.writeString(pipelineFile, Files.readString(pipelineFile).replace("${out}", "missing-dir/out.txt"));
        assertThat(footfall("run", pipelineFile.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("footfall run: stage 'write' failed: WRITE: cannot write");
    }

    @Test
    void previewShowsEachStagesOutputAsATableAndWritesNothing() {
        assertThat(footfall("preview", pipelineFile.toString(), "--records", "4")).isZero();
        String text = out.toString();
        assertThat(text).contains("== read (test.origin.lines)", "== parse (test.processor.parse)",
                "-- lane output: 3 record(s)", "-- errors: 1 record(s)", "NOT_A_NUMBER", "-- input, not written: 3 record(s)");
        assertThat(text).containsPattern("line +\\| n +\\| value");
        assertThat(dir.resolve("out.txt")).doesNotExist();
    }
}
