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
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the runner itself costs: the same in-memory origin → record processor → counting destination,
 * driven (a) by a plain loop calling the stages, (b) by PipelineRunner with offsets in memory, and (c) by
 * PipelineRunner committing every batch's offset to a file. Both wall-clock and process CPU time are
 * measured: on a shared, overloaded machine the CPU figure (records per CPU-second, all threads, GC
 * included) is the fair comparison, since two threads get twice the share of a contended CPU. Run:
 * {@code java -cp <runtime test class path> io.footfall.runtime.engine.bench.RunnerOverheadBench [records] [rounds]}
 */
public final class RunnerOverheadBench {

    public static void main(String[] args) throws Exception {
        long records = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("runner-bench");
        double[][] loop = new double[2][rounds];
        double[][] memory = new double[2][rounds];
        double[][] file = new double[2][rounds];
        for (int round = 0; round < rounds; round++) {
            measure(loop, round, records, () -> plainLoop(records));
            measure(memory, round, records, () -> runner(records, dir, false));
            measure(file, round, records, () -> runner(records, dir, true));
        }
        System.out.printf(Locale.ROOT, "records %d, batch 1000, %d rounds; medians of records/s (wall) and records per CPU-second%n",
                records, rounds);
        print("plain loop         ", loop, loop);
        print("runner, mem offsets", memory, loop);
        print("runner, file offset", file, loop);
    }

    interface Run {
        void run() throws Exception;
    }

    private static void measure(double[][] into, int round, long records, Run run) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        run.run();
        into[0][round] = records / ((System.nanoTime() - wall) / 1e9);
        into[1][round] = records / ((os.getProcessCpuTime() - cpu) / 1e9);
    }

    private static void print(String label, double[][] figures, double[][] baseline) {
        double wall = median(figures[0]);
        double cpu = median(figures[1]);
        System.out.printf(Locale.ROOT, "%s  wall %,11.0f/s (loop/this %.2f)   cpu %,11.0f/cpu-s (loop/this %.2f)%n", label,
                wall, median(baseline[0]) / wall, cpu, median(baseline[1]) / cpu);
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

    private static void runner(long records, Path dir, boolean fileOffsets) throws Exception {
        PipelineRunner.Builder b = PipelineRunner.builder(plan(records, dir));
        if (fileOffsets) {
            Path offset = dir.resolve("bench.offset");
            Files.deleteIfExists(offset);
            b.offsetFile(offset);
        }
        RunResult result = b.build().run();
        long written = result.metrics().stage("sink").orElseThrow().counters().getOrDefault("written", 0L)
                + result.metrics().stage("parse").orElseThrow().recordsError();
        if (written != records) {
            throw new IllegalStateException("the runner handled " + written + " of " + records + ": " + result);
        }
    }

    private static void plainLoop(long records) throws Exception {
        StageRunner gen = StageRunner.of("test.origin.sightings").config("records", records).build().initOrFail();
        StageRunner parse = StageRunner.of("test.processor.parse").build().initOrFail();
        StageRunner sink = StageRunner.of("test.destination.count").build().initOrFail();
        Origin origin = (Origin) gen.stage();
        Processor processor = (Processor) parse.stage();
        Destination destination = (Destination) sink.stage();
        LaneBatchMaker produced = new LaneBatchMaker("gen", List.of("output"));
        LaneBatchMaker parsed = new LaneBatchMaker("parse", List.of("output"));
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
        if (handled != records) {
            throw new IllegalStateException("the loop handled " + handled);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
