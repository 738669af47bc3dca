package io.footfall.runtime.engine;

import static io.footfall.runtime.engine.testlib.TestPipelines.edge;
import static io.footfall.runtime.engine.testlib.TestPipelines.pipeline;
import static io.footfall.runtime.engine.testlib.TestPipelines.stage;
import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.Record;
import io.footfall.runtime.engine.testlib.TestStageLibrary;
import io.footfall.runtime.pipeline.PipelineDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelinePreviewTest {
    private final String key = UUID.randomUUID().toString();

    @TempDir
    Path dir;

    private PipelinePlan plan(PipelineDefinition p) {
        ValidationResult r = PipelineValidator.withDefaultRegistry().validate(p, Map.of(), null, dir, false);
        assertThat(r.errors()).isEmpty();
        return r.plan();
    }

    private PipelinePlan fileToLanes() throws IOException {
        StringBuilder b = new StringBuilder("x\n");
        for (int i = 1; i <= 50; i++) {
            b.append(i).append('\n');
        }
        Files.writeString(dir.resolve("in.txt"), b);
        return plan(pipeline(List.of(
                        stage("read", "test.origin.lines", "path", "in.txt"),
                        stage("parse", "test.processor.parse"),
                        stage("route", "test.processor.evenOdd"),
                        stage("count", "test.processor.countOnFlush"),
                        stage("evens", "test.destination.collect", "key", key)),
                List.of(edge("read", "parse"), edge("parse", "route"), edge("route", "even", "evens"),
                        edge("route", "odd", "count"))));
    }

    private static List<String> field(List<Record> records, String path) {
        return records.stream().map(r -> r.has(path) ? r.get(path).asString() : "-").toList();
    }

    @Test
    void everyStagesInputAndOutputPerLaneIsCapturedWithoutWriting() throws IOException {
        PreviewResult r = PipelinePreview.builder(fileToLanes()).records(5).run();
        assertThat(r.timedOut()).isFalse();
        assertThat(r.failure()).isNull();
        assertThat(r.stages()).extracting(StagePreview::name).containsExactly("read", "parse", "route", "count", "evens");

        assertThat(field(r.stage("read").orElseThrow().output().get("output"), "/line")).containsExactly("x", "1", "2", "3", "4");
        StagePreview parse = r.stage("parse").orElseThrow();
        // The input is as the stage received it, before it added /value.
        assertThat(field(parse.input(), "/value")).containsOnly("-");
        assertThat(field(parse.output().get("output"), "/value")).containsExactly("1", "2", "3", "4");
        assertThat(parse.errors()).singleElement().satisfies(e -> assertThat(e.header().errorCode()).isEqualTo("NOT_A_NUMBER"));

        StagePreview route = r.stage("route").orElseThrow();
        assertThat(field(route.output().get("even"), "/value")).containsExactly("2", "4");
        assertThat(field(route.output().get("odd"), "/value")).containsExactly("1", "3");
        // Processors are flushed at the end of a preview, so held state shows too.
        // It passes the two odd records on, then adds its total.
        assertThat(field(r.stage("count").orElseThrow().output().get("output"), "/total")).containsExactly("-", "-", "2");

        assertThat(field(r.stage("evens").orElseThrow().input(), "/value")).containsExactly("2", "4");
        assertThat(TestStageLibrary.collected(key)).isEmpty();
    }

    @Test
    void destinationsWriteOnlyWhenAsked() throws IOException {
        PipelinePreview.builder(fileToLanes()).records(10).writeToDestinations(true).run();
        assertThat(TestStageLibrary.collected(key)).extracting(rec -> rec.get("/value").asLong()).containsExactly(2L, 4L, 6L, 8L);
    }

    @Test
    void aLiveOriginWithTooFewRecordsIsCutOffByTheTimeout() {
        PipelinePlan plan = plan(pipeline(List.of(
                        stage("live", "test.origin.silent", "records", 3),
                        stage("sink", "test.destination.collect", "key", key)),
                List.of(edge("live", "sink"))));
        long start = System.nanoTime();
        PreviewResult r = PipelinePreview.builder(plan).records(10).timeout(Duration.ofMillis(400)).run();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(r.timedOut()).isTrue();
        assertThat(r.stage("sink").orElseThrow().input()).hasSize(3);
    }
}
