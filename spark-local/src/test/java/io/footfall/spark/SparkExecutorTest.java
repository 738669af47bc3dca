package io.footfall.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.testing.StageRunner;
import io.footfall.spark.executor.SparkExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executor launches real Spark applications in child JVMs on events, and reports how they ended. */
class SparkExecutorTest {

    @TempDir
    Path tmp;

    private static Record fileClosed(Path path) {
        Record r = new Record("files::event");
        r.set("/event", Field.of("file-closed"));
        r.set("/path", Field.of(path.toString()));
        return r;
    }

    private static void awaitIdle(StageRunner runner) throws InterruptedException {
        SparkExecutor executor = (SparkExecutor) runner.stage();
        long deadline = System.currentTimeMillis() + 120_000;
        while (executor.pending() > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
    }

    @Test
    void aClosedFileTriggersTheDailyVisitorReportAndItsOutcomeBecomesAnEvent() throws Exception {
        Path positions = tmp.resolve("positions-0001.jsonl");
        long day1 = 1764028800000L; // 2025-11-25T00:00Z
        Files.writeString(positions, String.join("\n",
                "{\"ts\":" + (day1 + 1000) + ",\"device\":\"a\",\"x\":1,\"y\":2,\"zone\":\"st-01\"}",
                "{\"ts\":" + (day1 + 2000) + ",\"device\":\"a\",\"x\":1,\"y\":2,\"zone\":\"st-01\"}",
                "{\"ts\":" + (day1 + 3000) + ",\"device\":\"b\",\"x\":1,\"y\":2,\"zone\":\"st-02\"}",
                "not json",
                "{\"ts\":" + (day1 + 86_400_000L) + ",\"device\":\"a\",\"x\":1,\"y\":2,\"zone\":null}") + "\n");
        StageRunner runner = StageRunner.of(SparkStageLibrary.EXECUTOR).baseDirectory(tmp)
                .config("outputDir", "reports").build().initOrFail();
        try {
            runner.write(List.of(fileClosed(positions), new Record("other")));
            awaitIdle(runner);
            StageRunner.Output next = runner.write(List.of());
            assertThat(next.events()).singleElement().satisfies(e -> {
                assertThat(e.getString("/event")).isEqualTo("spark-app-finished");
                assertThat(e.getString("/status")).as("log: %s", e.getString("/log")).isEqualTo("succeeded");
                assertThat(e.get("/durationMillis").asLong()).isPositive();
                assertThat(e.getString("/trigger")).isEqualTo(positions.toString());
            });
            assertThat(Files.readAllLines(tmp.resolve("reports/daily_visitors.csv")))
                    .containsExactly("day,unique_devices", "2025-11-25,2", "2025-11-26,1");
            assertThat(Files.readAllLines(tmp.resolve("reports/daily_zone_visitors.csv")))
                    .containsExactly("day,zone,unique_devices", "2025-11-25,st-01,1", "2025-11-25,st-02,1");
        } finally {
            runner.destroy();
        }
    }

    @Test
    void aFailingApplicationIsReportedAsFailedAndAFullQueueGoesToTheErrorStream() throws Exception {
        StageRunner runner = StageRunner.of(SparkStageLibrary.EXECUTOR).baseDirectory(tmp)
                .config("maxConcurrent", 1).config("maxQueued", 0).build().initOrFail();
        try {
            runner.write(List.of(fileClosed(tmp.resolve("missing.jsonl"))));
            StageRunner.Output second = runner.write(List.of(fileClosed(tmp.resolve("also-missing.jsonl"))));
            assertThat(second.errors()).singleElement()
                    .satisfies(e -> assertThat(e.header().errorCode()).isEqualTo("SPARK_APP_QUEUE_FULL"));
            awaitIdle(runner);
            StageRunner.Output next = runner.write(List.of());
            assertThat(next.events()).singleElement().satisfies(e -> {
                assertThat(e.getString("/status")).isEqualTo("failed");
                assertThat(e.get("/exitCode").asLong()).isEqualTo(2);
                assertThat(Files.readString(Path.of(e.getString("/log")))).contains("does not exist");
            });
        } finally {
            runner.destroy();
        }
    }

    @Test
    void aCustomApplicationNeedsItsClassAndJar() {
        StageRunner runner = StageRunner.of(SparkStageLibrary.EXECUTOR).config("application", "custom")
                .config("jar", tmp.resolve("nope.jar").toString()).build();
        assertThat(runner.init()).extracting(i -> i.config()).containsExactlyInAnyOrder("mainClass", "jar");
    }
}
