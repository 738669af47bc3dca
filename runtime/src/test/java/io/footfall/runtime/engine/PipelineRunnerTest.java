package io.footfall.runtime.engine;

import static io.footfall.runtime.engine.testlib.TestPipelines.edge;
import static io.footfall.runtime.engine.testlib.TestPipelines.pipeline;
import static io.footfall.runtime.engine.testlib.TestPipelines.stage;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.engine.testlib.TestStageLibrary;
import io.footfall.runtime.pipeline.ErrorPolicy;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineSettings;
import io.footfall.runtime.pipeline.StageInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineRunnerTest {
    private final String id = UUID.randomUUID().toString().substring(0, 8);

    @TempDir
    Path dir;

    private String n(String name) {
        return name + "-" + id;
    }

    private Path numbers(int from, int to, String... extra) throws IOException {
        Path file = dir.resolve("in.txt");
        String body = IntStream.rangeClosed(from, to).mapToObj(Integer::toString).collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(file, body + (extra.length == 0 ? "" : String.join("\n", extra) + "\n"));
        return file;
    }

    private PipelinePlan plan(PipelineDefinition p) {
        ValidationResult r = PipelineValidator.withDefaultRegistry().validate(p, Map.of(), dir.resolve("p.footfall.json"), dir, false);
        assertThat(r.errors()).isEmpty();
        return r.plan();
    }

    private PipelineDefinition evenOdd(Object... routeConfig) {
        return pipeline(List.of(
                        stage("read", "test.origin.lines", "path", "in.txt"),
                        stage(n("parse"), "test.processor.parse"),
                        stage(n("route"), "test.processor.evenOdd", routeConfig),
                        stage("evens", "test.destination.collect", "key", n("evens")),
                        stage("odds", "test.destination.collect", "key", n("odds"))),
                List.of(edge("read", n("parse")), edge(n("parse"), n("route")), edge(n("route"), "even", "evens"),
                        edge(n("route"), "odd", "odds")));
    }

    private static List<Long> values(List<Record> records) {
        synchronized (records) {
            return records.stream().map(r -> r.get("/value").asLong()).toList();
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waited 10 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    @Test
    void recordsFlowThroughLanesBadOnesReachTheErrorFileAndTheOffsetIsCommitted() throws Exception {
        numbers(1, 250, "not a number");
        PipelineRunner runner = PipelineRunner.builder(plan(evenOdd())).build();
        RunResult result = runner.run();

        assertThat(result.status()).isEqualTo(PipelineState.FINISHED);
        assertThat(values(TestStageLibrary.collected(n("evens")))).hasSize(125).allMatch(v -> v % 2 == 0);
        assertThat(values(TestStageLibrary.collected(n("odds")))).hasSize(125).allMatch(v -> v % 2 == 1);

        List<String> errorLines = Files.readAllLines(dir.resolve("p.footfall.json.errors.jsonl"));
        assertThat(errorLines).hasSize(1);
        JsonNode error = new ObjectMapper().readTree(errorLines.get(0));
        assertThat(error.at("/errorStage").asText()).isEqualTo(n("parse"));
        assertThat(error.at("/errorCode").asText()).isEqualTo("NOT_A_NUMBER");
        assertThat(error.at("/errorMessage").asText()).contains("'not a number' is not a whole number");
        assertThat(error.at("/sourceId").asText()).isEqualTo("in.txt:251");
        assertThat(error.at("/record/line").asText()).isEqualTo("not a number");

        PipelineMetrics m = result.metrics();
        assertThat(m.stage("read").orElseThrow().recordsOut()).isEqualTo(251);
        StageMetricsSnapshot parse = m.stage(n("parse")).orElseThrow();
        assertThat(parse.recordsIn()).isEqualTo(251);
        assertThat(parse.recordsOut()).isEqualTo(250);
        assertThat(parse.recordsError()).isEqualTo(1);
        assertThat(parse.batches()).isGreaterThanOrEqualTo(3);
        assertThat(parse.latencyP99Micros()).isGreaterThanOrEqualTo(parse.latencyP50Micros());
        assertThat(m.errorRecords()).isEqualTo(1);
        assertThat(m.committedOffset()).isEqualTo("251");
        assertThat(Files.readString(dir.resolve("p.footfall.json.offset"))).contains("\"offset\":\"251\"");
        assertThat(TestStageLibrary.logOf(n("parse"))).containsExactly(n("parse") + ":init", n("parse") + ":destroy");
        assertThat(TestStageLibrary.logOf(n("route"))).containsExactly(n("route") + ":destroy");

        // The server sends metrics as JSON as they are: plain records Jackson writes without help.
        JsonNode json = new ObjectMapper().valueToTree(m);
        assertThat(json.at("/state").asText()).isEqualTo("FINISHED");
        assertThat(json.at("/stages/1/recordsError").asLong()).isEqualTo(1);
        assertThat(json.at("/stages/1/latencyP99Micros").isNumber()).isTrue();
    }

    @Test
    void aRerunResumesAfterTheCommittedOffset() throws Exception {
        numbers(1, 120);
        assertThat(PipelineRunner.builder(plan(evenOdd())).build().run().status()).isEqualTo(PipelineState.FINISHED);
        assertThat(TestStageLibrary.collected(n("evens"))).hasSize(60);

        numbers(1, 150);
        assertThat(PipelineRunner.builder(plan(evenOdd())).build().run().status()).isEqualTo(PipelineState.FINISHED);
        List<Long> all = new ArrayList<>(values(TestStageLibrary.collected(n("evens"))));
        all.addAll(values(TestStageLibrary.collected(n("odds"))));
        assertThat(all).hasSize(150).doesNotHaveDuplicates();

        RunResult fresh = PipelineRunner.builder(plan(evenOdd())).resetOffset(true).build().run();
        assertThat(fresh.metrics().stage("read").orElseThrow().recordsOut()).isEqualTo(150);
    }

    @Test
    void aLaneFeedingSeveralStagesGivesEachItsOwnCopy() throws Exception {
        numbers(1, 40);
        PipelineDefinition p = pipeline(List.of(
                        stage("read", "test.origin.lines", "path", "in.txt"),
                        stage("parse", "test.processor.parse"),
                        stage("changer", "test.destination.collect", "key", n("changer"), "mutate", true),
                        stage("watcher", "test.destination.collect", "key", n("watcher"))),
                List.of(edge("read", "parse"), edge("parse", "changer"), edge("parse", "watcher")));
        assertThat(PipelineRunner.builder(plan(p)).build().run().status()).isEqualTo(PipelineState.FINISHED);
        assertThat(TestStageLibrary.collected(n("changer"))).hasSize(40).allMatch(r -> r.has("/mutatedBy"));
        assertThat(TestStageLibrary.collected(n("watcher"))).hasSize(40).noneMatch(r -> r.has("/mutatedBy"));
    }

    @Test
    void stagesThatOnlyReadShareTheRecordsWhileAStageThatChangesThemGetsACopy() throws Exception {
        numbers(1, 40);
        PipelineDefinition p = pipeline(List.of(
                        stage("read", "test.origin.lines", "path", "in.txt"),
                        stage("parse", "test.processor.parse"),
                        stage("readerA", "test.destination.sharedCollect", "key", n("readerA"), "errorOn", 7),
                        stage("changer", "test.destination.collect", "key", n("changer"), "mutate", true),
                        stage("readerB", "test.destination.sharedCollect", "key", n("readerB"))),
                List.of(edge("read", "parse"), edge("parse", "readerA"), edge("parse", "changer"), edge("parse", "readerB")));
        assertThat(PipelineRunner.builder(plan(p)).build().run().status()).isEqualTo(PipelineState.FINISHED);

        List<Record> a = TestStageLibrary.collected(n("readerA"));
        List<Record> b = TestStageLibrary.collected(n("readerB"));
        List<Record> changed = TestStageLibrary.collected(n("changer"));
        assertThat(a).hasSize(40);
        for (int i = 0; i < 40; i++) {
            assertThat(a.get(i)).isSameAs(b.get(i)).isNotSameAs(changed.get(i));
        }
        assertThat(changed).allMatch(r -> r.has("/mutatedBy"));
        assertThat(a).noneMatch(r -> r.has("/mutatedBy"));
        // The error header goes on a copy: the record readerB holds is not marked.
        assertThat(b.get(6).header().errorCode()).isNull();
        List<String> errorLines = Files.readAllLines(dir.resolve("p.footfall.json.errors.jsonl"));
        assertThat(errorLines).hasSize(1);
        JsonNode error = new ObjectMapper().readTree(errorLines.get(0));
        assertThat(error.at("/errorStage").asText()).isEqualTo("readerA");
        assertThat(error.at("/record/value").asLong()).isEqualTo(7);
    }

    @Test
    void twoThreadsGiveTheSameRecordsErrorsAndOffsetAsOne() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 3000; i++) {
            lines.add(i % 97 == 0 ? "bad " + i : Integer.toString(i));
        }
        Files.write(dir.resolve("in.txt"), lines);
        List<List<Long>> outputs = new ArrayList<>();
        List<List<String>> errors = new ArrayList<>();
        List<Long> batchCounts = new ArrayList<>();
        for (int threads : new int[] {1, 2}) {
            String key = n("t" + threads);
            PipelineDefinition p = pipeline(List.of(
                            stage("read", "test.origin.lines", "path", "in.txt"),
                            stage("parse", "test.processor.parse"),
                            stage("route", "test.processor.evenOdd"),
                            stage("evens", "test.destination.sharedCollect", "key", key + "-evens"),
                            stage("odds", "test.destination.sharedCollect", "key", key + "-odds")),
                    List.of(edge("read", "parse"), edge("parse", "route"), edge("route", "even", "evens"),
                            edge("route", "odd", "odds")), List.of(), new PipelineSettings(50, 100, 2, threads));
            RunResult result = PipelineRunner.builder(plan(p)).errorFile(dir.resolve("errors-" + threads + ".jsonl"))
                    .offsetFile(dir.resolve("offset-" + threads)).build().run();
            assertThat(result.status()).isEqualTo(PipelineState.FINISHED);
            assertThat(result.metrics().committedOffset()).isEqualTo("3000");
            batchCounts.add(result.metrics().batches());
            List<Long> out = new ArrayList<>(values(TestStageLibrary.collected(key + "-evens")));
            out.addAll(values(TestStageLibrary.collected(key + "-odds")));
            outputs.add(out);
            errors.add(Files.readAllLines(dir.resolve("errors-" + threads + ".jsonl")).stream()
                    .map(l -> l.replaceAll("\"errorTs\":\\d+", "")).toList());
        }
        assertThat(outputs.get(0)).hasSize(3000 - 30);
        assertThat(outputs.get(1)).isEqualTo(outputs.get(0));
        assertThat(errors.get(0)).hasSize(30);
        assertThat(errors.get(1)).isEqualTo(errors.get(0));
        assertThat(batchCounts.get(0)).isGreaterThanOrEqualTo(60L).isEqualTo(batchCounts.get(1));
        // With two threads the stages after the cut ran on the second thread once the first batches were timed.
        List<String> threadsOf2 = new ArrayList<>(TestStageLibrary.logOf(n("t2") + "-evens"));
        threadsOf2.addAll(TestStageLibrary.logOf(n("t2") + "-odds"));
        assertThat(threadsOf2).anyMatch(e -> e.endsWith("-2"));
        assertThat(TestStageLibrary.logOf(n("t1") + "-odds")).noneMatch(e -> e.endsWith("-2"));
    }

    @Test
    void splitOverUpToFourThreadsGivesTheSameRecordsErrorsAndOffsetAsOneForAnyBatchSize() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 2000; i++) {
            lines.add(i % 97 == 0 ? "bad " + i : Integer.toString(i));
        }
        Files.write(dir.resolve("in.txt"), lines);
        for (int batchSize : new int[] {7, 50, 333}) {
            List<List<Long>> outputs = new ArrayList<>();
            List<List<String>> errors = new ArrayList<>();
            for (int threads = 1; threads <= 4; threads++) {
                String key = n("b" + batchSize + "t" + threads);
                // "all" hears parse directly: with 3-4 threads it is on a later segment than parse (a skip edge).
                PipelineDefinition p = pipeline(List.of(
                                stage("read", "test.origin.lines", "path", "in.txt"),
                                stage("parse", "test.processor.parse"),
                                stage("route", "test.processor.evenOdd"),
                                stage("scale", "test.processor.scale", "factor", 3),
                                stage("evens", "test.destination.sharedCollect", "key", key + "-evens"),
                                stage("odds", "test.destination.sharedCollect", "key", key + "-odds", "errorOn", 1001),
                                stage("all", "test.destination.sharedCollect", "key", key + "-all", "errorOn", 1500)),
                        List.of(edge("read", "parse"), edge("parse", "route"), edge("route", "even", "scale"),
                                edge("scale", "evens"), edge("route", "odd", "odds"), edge("parse", "all")),
                        List.of(), new PipelineSettings(batchSize, 100, 2, threads));
                Path errorFile = dir.resolve("errors-" + key + ".jsonl");
                RunResult result = PipelineRunner.builder(plan(p)).errorFile(errorFile)
                        .offsetFile(dir.resolve("offset-" + key)).build().run();
                assertThat(result.status()).isEqualTo(PipelineState.FINISHED);
                assertThat(result.metrics().committedOffset()).isEqualTo("2000");
                List<Long> out = new ArrayList<>(values(TestStageLibrary.collected(key + "-evens")));
                out.add(-1L);
                out.addAll(values(TestStageLibrary.collected(key + "-odds")));
                out.add(-1L);
                out.addAll(values(TestStageLibrary.collected(key + "-all")));
                outputs.add(out);
                errors.add(Files.readAllLines(errorFile).stream().map(l -> l.replaceAll("\"errorTs\":\\d+", "")).toList());
                if (threads > 1 && 2000 / batchSize > PipelineRunner.RESPLIT_AFTER_BATCHES + 2) {
                    // Split: the last stage runs on a thread after the pipeline's own.
                    String lastThread = "-" + threads;
                    assertThat(TestStageLibrary.logOf(key + "-all")).anyMatch(e -> e.endsWith(lastThread));
                }
            }
            assertThat(outputs.get(0)).hasSize(2000 - 20 + (2000 - 20) + 2);
            assertThat(errors.get(0)).hasSize(20 + 2);
            for (int t = 1; t < 4; t++) {
                assertThat(outputs.get(t)).as("%d threads, batches of %d", t + 1, batchSize).isEqualTo(outputs.get(0));
                assertThat(errors.get(t)).as("%d threads, batches of %d", t + 1, batchSize).isEqualTo(errors.get(0));
            }
        }
    }

    @Test
    void withThreeThreadsAFailingStageKeepsTheLastGoodOffsetAndTheOlderBatchesFinish() throws Exception {
        numbers(1, 500);
        PipelineDefinition p = pipeline(List.of(
                        stage("read", "test.origin.lines", "path", "in.txt"),
                        stage(n("parse"), "test.processor.parse"),
                        stage(n("route"), "test.processor.evenOdd", "failOn", 350),
                        stage("evens", "test.destination.collect", "key", n("evens")),
                        stage("odds", "test.destination.collect", "key", n("odds"))),
                List.of(edge("read", n("parse")), edge(n("parse"), n("route")), edge(n("route"), "even", "evens"),
                        edge(n("route"), "odd", "odds")), List.of(), new PipelineSettings(50, 100, 2, 3));
        RunResult result = PipelineRunner.builder(plan(p)).build().run();
        assertThat(result.status()).isEqualTo(PipelineState.FAILED);
        assertThat(result.failedStage()).isEqualTo(n("route"));
        assertThat(result.metrics().committedOffset()).isEqualTo("300");
        List<Long> seen = new ArrayList<>(values(TestStageLibrary.collected(n("evens"))));
        seen.addAll(values(TestStageLibrary.collected(n("odds"))));
        assertThat(seen).allMatch(v -> v <= 300).hasSize(300);
    }

    @Test
    void withTwoThreadsAFailingStageStillKeepsTheLastGoodOffset() throws Exception {
        numbers(1, 500);
        PipelineDefinition p = pipeline(List.of(
                        stage("read", "test.origin.lines", "path", "in.txt"),
                        stage(n("parse"), "test.processor.parse"),
                        stage(n("route"), "test.processor.evenOdd", "failOn", 350),
                        stage("evens", "test.destination.collect", "key", n("evens")),
                        stage("odds", "test.destination.collect", "key", n("odds"))),
                List.of(edge("read", n("parse")), edge(n("parse"), n("route")), edge(n("route"), "even", "evens"),
                        edge(n("route"), "odd", "odds")), List.of(), new PipelineSettings(50, 100, 2, 2));
        RunResult result = PipelineRunner.builder(plan(p)).build().run();
        assertThat(result.status()).isEqualTo(PipelineState.FAILED);
        assertThat(result.failedStage()).isEqualTo(n("route"));
        assertThat(result.metrics().committedOffset()).isEqualTo("300");
        assertThat(values(TestStageLibrary.collected(n("evens")))).allMatch(v -> v < 350);
        assertThat(TestStageLibrary.logOf(n("route"))).containsExactly(n("route") + ":destroy");
    }

    @Test
    void aStageExceptionStopsThePipelineDestroysEveryStageAndKeepsTheLastGoodOffset() throws Exception {
        numbers(1, 500);
        RunResult result = PipelineRunner.builder(plan(evenOdd("failOn", 150))).build().run();
        assertThat(result.status()).isEqualTo(PipelineState.FAILED);
        assertThat(result.failedStage()).isEqualTo(n("route"));
        assertThat(result.message()).isEqualTo("stage '" + n("route") + "' failed: BAD_VALUE: cannot go on at value 150");
        assertThat(result.metrics().committedOffset()).isEqualTo("100");
        assertThat(TestStageLibrary.logOf(n("parse"))).containsExactly(n("parse") + ":init", n("parse") + ":destroy");
        assertThat(TestStageLibrary.logOf(n("route"))).containsExactly(n("route") + ":destroy");
    }

    @Test
    void aCrashingStageFailsThePipelineWithTheCause() throws Exception {
        numbers(1, 50);
        RunResult result = PipelineRunner.builder(plan(evenOdd("failOn", 7, "crash", true))).build().run();
        assertThat(result.status()).isEqualTo(PipelineState.FAILED);
        assertThat(result.message()).contains("stage '" + n("route") + "' crashed").contains("boom at 7");
        assertThat(result.metrics().committedOffset()).isNull();
    }

    @Test
    void stopFinishesTheBatchInFlightFlushesProcessorsAndDestroysStages() throws Exception {
        PipelineDefinition p = pipeline(List.of(
                        stage(n("live"), "test.origin.silent", "records", 30),
                        stage("count", "test.processor.countOnFlush"),
                        stage(n("sink"), "test.destination.collect", "key", n("sink"))),
                List.of(edge(n("live"), "count"), edge("count", n("sink"))));
        PipelineRunner runner = PipelineRunner.builder(plan(p)).build();
        runner.start();
        List<Record> sink = TestStageLibrary.collected(n("sink"));
        waitFor(() -> sink.size() == 30);
        assertThat(runner.state()).isEqualTo(PipelineState.RUNNING);
        runner.stop();
        RunResult result = runner.awaitResult(10, TimeUnit.SECONDS).orElseThrow();
        assertThat(result.status()).isEqualTo(PipelineState.STOPPED);
        assertThat(sink).hasSize(31);
        assertThat(sink.get(30).get("/total").asLong()).isEqualTo(30);
        assertThat(TestStageLibrary.logOf(n("live"))).containsExactly(n("live") + ":init", n("live") + ":destroy");
        assertThat(TestStageLibrary.logOf(n("sink"))).containsExactly(n("sink") + ":init", n("sink") + ":destroy");
    }

    @Test
    void aSlowDestinationHoldsTheOriginBackThroughTheBoundedQueue() throws Exception {
        numbers(1, 5000);
        PipelineDefinition p = pipeline(List.of(
                        stage("read", "test.origin.lines", "path", "in.txt"),
                        stage("slow", "test.destination.collect", "key", n("slow"), "delayMillis", 20)),
                List.of(edge("read", "slow")), List.of(), new PipelineSettings(10, 100, 2, 1));
        PipelineRunner runner = PipelineRunner.builder(plan(p)).build();
        runner.start();
        for (int i = 0; i < 20; i++) {
            Thread.sleep(15);
            PipelineMetrics m = runner.metrics();
            long produced = m.stage("read").orElseThrow().recordsOut();
            long consumed = m.stage("slow").orElseThrow().recordsIn();
            // Queue of 2 batches, one being written, one the origin holds while it waits: 4 batches of 10 at most.
            assertThat(produced - consumed).isLessThanOrEqualTo(40);
        }
        runner.stop();
        assertThat(runner.awaitResult(10, TimeUnit.SECONDS).orElseThrow().status()).isEqualTo(PipelineState.STOPPED);
    }

    @Test
    void stageEventsAndPipelineEventsReachTheStagesConnectedToThem() throws Exception {
        numbers(1, 25);
        PipelineDefinition p = pipeline(List.of(
                        stage("read", "test.origin.lines", "path", "in.txt"),
                        stage("write", "test.destination.appendLines", "path", "out.txt"),
                        stage("fileEvents", "test.destination.collect", "key", n("fileEvents")),
                        stage("lifecycle", "test.destination.collect", "key", n("lifecycle"))),
                List.of(edge("read", "write"), edge("write", "event", "fileEvents"),
                        edge(PipelinePlan.PIPELINE_EVENT_SOURCE, "event", "lifecycle")),
                List.of(), new PipelineSettings(10, 100, 2, 1));
        List<PipelineEvent> told = new ArrayList<>();
        RunResult result = PipelineRunner.builder(plan(p)).listener(told::add).build().run();
        assertThat(result.status()).isEqualTo(PipelineState.FINISHED);
        assertThat(Files.readAllLines(dir.resolve("out.txt"))).hasSize(25);
        assertThat(TestStageLibrary.collected(n("fileEvents")))
                .extracting(r -> r.getString("/event") + ":" + r.get("/records").asLong())
                .containsExactly("batch-written:10", "batch-written:10", "batch-written:5");
        assertThat(TestStageLibrary.collected(n("lifecycle"))).extracting(r -> r.getString("/event"))
                .containsExactly("pipeline-started", "pipeline-stopped");
        assertThat(told).extracting(PipelineEvent::type)
                .containsExactly(PipelineEvent.Type.STARTED, PipelineEvent.Type.FINISHED);
    }

    @Test
    void theErrorPolicyCanSendFailedRecordsToADestinationStage() throws Exception {
        numbers(1, 3, "x", "y");
        PipelineDefinition base = evenOdd();
        PipelineDefinition p = new PipelineDefinition(base.format(), base.id(), base.title(), null, null, List.of(),
                base.settings(), new ErrorPolicy("STOP", new StageInstance("errors", "test.destination.collect", 1, null,
                Map.of("key", n("errors")), null)), base.stages(), base.edges());
        assertThat(PipelineRunner.builder(plan(p)).build().run().status()).isEqualTo(PipelineState.FINISHED);
        assertThat(TestStageLibrary.collected(n("errors"))).extracting(r -> r.header().errorCode() + " " + r.getString("/line"))
                .containsExactly("NOT_A_NUMBER x", "NOT_A_NUMBER y");
        assertThat(dir.resolve("p.footfall.json.errors.jsonl")).doesNotExist();
    }

    @Test
    void aStageRefusingItsConfigurationAtInitEndsTheRunBeforeItStarts() throws Exception {
        numbers(1, 3);
        PipelineDefinition p = evenOdd();
        List<StageInstance> stages = new ArrayList<>(p.stages());
        stages.set(0, stage("read", "test.origin.lines", "path", "gone.txt"));
        RunResult result = PipelineRunner.builder(plan(p.withStages(stages))).build().run();
        assertThat(result.failedAtInit()).isTrue();
        assertThat(result.issues()).singleElement().satisfies(i -> {
            assertThat(i.stage()).isEqualTo("read");
            assertThat(i.config()).isEqualTo("path");
        });
        assertThat(TestStageLibrary.logOf(n("parse"))).containsExactly(n("parse") + ":init", n("parse") + ":destroy");
    }


    @Test
    void anUnwritableStateFolderIsAnInitProblemThatSaysWhereToPutIt() throws Exception {
        numbers(1, 3);
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "a file where the state folder should be");
        RunResult result = PipelineRunner.builder(plan(evenOdd())).stateDirectory(blocker.resolve("state")).build().run();
        assertThat(result.failedAtInit()).isTrue();
        assertThat(result.issues()).singleElement().asString().contains("cannot keep the offset in")
                .contains("--state-dir");
        assertThat(TestStageLibrary.logOf(n("parse"))).containsExactly(n("parse") + ":init", n("parse") + ":destroy");
    }

    @Test
    void aSecondRunnerOfTheSamePipelineIsRefusedWhileTheFirstRuns() throws Exception {
        PipelineDefinition p = pipeline(List.of(
                        stage("live", "test.origin.silent"),
                        stage("sink", "test.destination.collect", "key", n("sink"))),
                List.of(edge("live", "sink")));
        PipelineRunner first = PipelineRunner.builder(plan(p)).build();
        first.start();
        RunResult second = PipelineRunner.builder(plan(p)).build().run();
        assertThat(second.failedAtInit()).isTrue();
        assertThat(second.issues()).singleElement().asString().contains("already running");
        first.stop();
        assertThat(first.awaitResult(10, TimeUnit.SECONDS).orElseThrow().status()).isEqualTo(PipelineState.STOPPED);
    }
}
