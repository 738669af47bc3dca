package io.footfall.runtime.engine;

import static io.footfall.runtime.engine.testlib.TestPipelines.edge;
import static io.footfall.runtime.engine.testlib.TestPipelines.pipeline;
import static io.footfall.runtime.engine.testlib.TestPipelines.stage;
import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.cli.Main;
import io.footfall.runtime.pipeline.PipelineJson;
import io.footfall.runtime.pipeline.PipelineSettings;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The at-least-once promise, tested the hard way: a real {@code footfall run} process is killed with
 * SIGKILL half-way through a big file, then run again; every input line must be in the output, and no
 * more than one batch may appear twice.
 */
class KillAndResumeTest {
    private static final int LINES = 200_000;
    private static final int BATCH = 500;

    @TempDir
    Path dir;

    private Path writeInputAndPipeline() throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("in.txt"))) {
            for (int i = 1; i <= LINES; i++) {
                w.write(Integer.toString(i));
                w.write('\n');
            }
        }
        Path pipelineFile = dir.resolve("copy.footfall.json");
        // A few milliseconds per batch keeps the first run going long enough to be killed mid-way.
        PipelineJson.write(pipeline(List.of(
                        stage("read", "test.origin.lines", "path", "in.txt", "delayMillis", 3),
                        stage("write", "test.destination.appendLines", "path", "out.txt")),
                List.of(edge("read", "write")), List.of(), new PipelineSettings(BATCH, 100, 4, 1)), pipelineFile);
        return pipelineFile;
    }

    private Process startAndWaitForProgress(Path pipelineFile) throws Exception {
        Process run = footfallRun(pipelineFile);
        long deadline = System.currentTimeMillis() + 30_000;
        while (!(anOffsetWasCommitted() && Files.size(dir.resolve("out.txt")) > 100_000)) {
            assertThat(run.isAlive()).as("the first run ended before it could be stopped").isTrue();
            assertThat(System.currentTimeMillis()).as("the first run made no progress").isLessThan(deadline);
            Thread.sleep(20);
        }
        return run;
    }

    private boolean anOffsetWasCommitted() throws IOException {
        // During a run the offset sits in numbered files (copy.footfall.json.offset.<n>), see OffsetStore.
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().matches("copy\\.footfall\\.json\\.offset(\\.\\d+)?"));
        }
    }

    /** How often each input line is in the output, after a rerun to the end. */
    private int[] rerunAndCount(Path pipelineFile) throws Exception {
        Process second = footfallRun(pipelineFile);
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).as("the rerun finishes").isTrue();
        assertThat(second.exitValue()).as(Files.readString(dir.resolve("run.log"))).isZero();
        int[] seen = new int[LINES + 1];
        for (String line : Files.readAllLines(dir.resolve("out.txt"))) {
            seen[Integer.parseInt(line)]++;
        }
        return seen;
    }

    @Test
    void aTerminatedRunDrainsCommitsAndResumesWithoutDuplicates() throws Exception {
        Path pipelineFile = writeInputAndPipeline();
        Process first = startAndWaitForProgress(pipelineFile);
        first.destroy();
        assertThat(first.waitFor(20, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(dir.resolve("run.log"));
        assertThat(log).contains("copy.footfall.json: stopped after");
        long written = Files.lines(dir.resolve("out.txt")).count();
        assertThat(Files.readString(dir.resolve("copy.footfall.json.offset"))).contains("\"offset\":\"" + written + "\"");

        int[] seen = rerunAndCount(pipelineFile);
        for (int i = 1; i <= LINES; i++) {
            assertThat(seen[i]).as("line %d", i).isEqualTo(1);
        }
    }

    @Test
    void aKilledRunResumesFromTheCommittedOffsetLosingNothing() throws Exception {
        Path pipelineFile = writeInputAndPipeline();
        Path output = dir.resolve("out.txt");
        Process first = startAndWaitForProgress(pipelineFile);
        first.destroyForcibly();
        assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        long writtenBeforeKill = Files.lines(output).count();
        assertThat(writtenBeforeKill).isBetween(1L, (long) LINES - 1);

        int[] seen = rerunAndCount(pipelineFile);
        long total = Files.lines(output).count();
        int missing = 0;
        int duplicated = 0;
        for (int i = 1; i <= LINES; i++) {
            if (seen[i] == 0) {
                missing++;
            }
            duplicated += Math.max(0, seen[i] - 1);
        }
        assertThat(missing).as("input lines missing from the output").isZero();
        assertThat(duplicated).as("lines written twice").isLessThanOrEqualTo(BATCH);
        assertThat(total).isEqualTo(LINES + duplicated);
    }

    private Process footfallRun(Path pipelineFile) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
                pipelineFile.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("run.log").toFile()).start();
    }
}
