package io.footfall.runtime.engine.bench;

import static io.footfall.runtime.engine.testlib.TestPipelines.edge;
import static io.footfall.runtime.engine.testlib.TestPipelines.pipeline;
import static io.footfall.runtime.engine.testlib.TestPipelines.stage;

import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.Destination;
import io.footfall.runtime.api.Origin;
import io.footfall.runtime.api.Processor;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.engine.LaneBatchMaker;
import io.footfall.runtime.engine.PipelinePlan;
import io.footfall.runtime.engine.PipelineRunner;
import io.footfall.runtime.engine.PipelineValidator;
import io.footfall.runtime.engine.RunResult;
import io.footfall.runtime.engine.ValidationResult;
import io.footfall.runtime.pipeline.PipelineSettings;
import io.footfall.runtime.testing.StageRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the runner itself costs: the same in-memory origin → record processor → counting destination,
 * driven (a) by a plain loop calling the stages, (b) by PipelineRunner with offsets in memory, and (c) by
 * PipelineRunner committing every batch's offset to a file. Run:
 * {@code java -cp <runtime test class path> io.footfall.runtime.engine.bench.RunnerOverheadBench [records] [rounds]}
 */
public final class RunnerOverheadBench {

    public static void main(String[] args) throws Exception {
        long records = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("runner-bench");
        List<Double> loop = new ArrayList<>();
        List<Double> memory = new ArrayList<>();
        List<Double> file = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            loop.add(plainLoop(records));
            memory.add(runner(records, dir, false));
            file.add(runner(records, dir, true));
        }
        System.out.printf(Locale.ROOT, "records %d, batch 1000, %d rounds (median records/s)%n", records, rounds);
        System.out.printf(Locale.ROOT, "plain loop          %,12.0f%n", median(loop));
        System.out.printf(Locale.ROOT, "runner, mem offsets %,12.0f  (%.2fx the loop)%n", median(memory), median(loop) / median(memory));
        System.out.printf(Locale.ROOT, "runner, file offset %,12.0f  (%.2fx the loop)%n", median(file), median(loop) / median(file));
    }

    private static PipelinePlan plan(long records, Path dir) {
        var p = pipeline(List.of(
                        stage("gen", "test.origin.sightings", "records", records),
                        stage("parse", "test.processor.parse"),
                        stage("sink", "test.destination.count")),
                List.of(edge("gen", "parse"), edge("parse", "sink")), List.of(), new PipelineSettings(1000, 1000, 4, 1));
        ValidationResult r = PipelineValidator.withDefaultRegistry().validate(p, Map.of(), null, dir, false);
        return r.plan();
    }

    private static double runner(long records, Path dir, boolean fileOffsets) throws Exception {
        PipelineRunner.Builder b = PipelineRunner.builder(plan(records, dir));
        if (fileOffsets) {
            Path offset = dir.resolve("bench.offset");
            Files.deleteIfExists(offset);
            b.offsetFile(offset);
        }
        long start = System.nanoTime();
        RunResult result = b.build().run();
        double seconds = (System.nanoTime() - start) / 1e9;
        long written = result.metrics().stage("sink").orElseThrow().counters().getOrDefault("written", 0L)
                + result.metrics().stage("parse").orElseThrow().recordsError();
        if (written != records) {
            throw new IllegalStateException("the runner handled " + written + " of " + records + ": " + result);
        }
        return records / seconds;
    }

    private static double plainLoop(long records) throws Exception {
        StageRunner gen = StageRunner.of("test.origin.sightings").config("records", records).build().initOrFail();
        StageRunner parse = StageRunner.of("test.processor.parse").build().initOrFail();
        StageRunner sink = StageRunner.of("test.destination.count").build().initOrFail();
        Origin origin = (Origin) gen.stage();
        Processor processor = (Processor) parse.stage();
        Destination destination = (Destination) sink.stage();
        LaneBatchMaker produced = new LaneBatchMaker("gen", List.of("output"));
        LaneBatchMaker parsed = new LaneBatchMaker("parse", List.of("output"));
        long start = System.nanoTime();
        String offset = null;
        long handled = 0;
        while ((offset = origin.produce(offset, 1000, produced)) != null) {
            List<Record> in = produced.lane(0);
            processor.process(Batch.of(in, offset), parsed);
            destination.write(Batch.of(parsed.lane(0), offset));
            handled += in.size();
            produced.clear();
            parsed.clear();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (handled != records) {
            throw new IllegalStateException("the loop handled " + handled);
        }
        return records / seconds;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
