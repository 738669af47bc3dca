package io.footfall.runtime.stages.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * {@code bench runtime}: pushes N sightings from JSON Lines files through file origin → filter (JEXL) →
 * file destination, on 1 and 2 threads, beside a raw Jackson streaming parse of the same files, and prints
 * the medians of several runs (after one uncounted warm-up round) as a Markdown table.
 *
 * <p>The input is two files of N/2 lines each. "1 thread" reads both one after the other; "2 threads" gives
 * each thread one file (two independent pipelines, as a runner would run two pipeline instances).
 *
 * <pre>./mvnw -B -q -pl runtime compile exec:exec -Dexec.executable=java \
 *   -Dexec.args="-Xmx2g -cp %classpath io.footfall.runtime.stages.bench.RuntimeBenchmark --records 5000000 --runs 5"</pre>
 */
public final class RuntimeBenchmark {
    private static final String CONDITION = "rssi > -80";
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    /** Records per CPU-second of the whole process: steadier than wall time on a shared machine. */
    private final Map<String, List<Double>> cpuRates = new LinkedHashMap<>();

    private final int records;
    private final int runs;
    private final int batchSize;
    private final Path work;
    /** Runs only the variants whose name starts with this (and the raw parse they are compared with); null: all. */
    private final String only;

    RuntimeBenchmark(int records, int runs, int batchSize, Path work, String only) {
        this.only = only;
        this.records = records;
        this.runs = runs;
        this.batchSize = batchSize;
        this.work = work.toAbsolutePath();
    }

    public static void main(String[] args) throws Exception {
        int records = 5_000_000;
        int runs = 5;
        int batchSize = 1000;
        boolean breakdown = false;
        String only = null;
        Path work = Path.of("target", "bench-runtime");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--records" -> records = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--batch" -> batchSize = Integer.parseInt(args[++i]);
                case "--dir" -> work = Path.of(args[++i]);
                case "--breakdown" -> breakdown = true;
                case "--only" -> only = args[++i];
                default -> {
                    System.err.println("usage: RuntimeBenchmark [--records N] [--runs R] [--batch B] [--dir DIR] [--breakdown] [--only NAME-PREFIX]");
                    System.exit(2);
                }
            }
        }
        RuntimeBenchmark bench = new RuntimeBenchmark(records, runs, batchSize, work, only);
        if (breakdown) {
            bench.breakdown();
        } else {
            bench.run();
        }
    }

    /** The two input files, written on first use. */
    private List<Path> input() throws IOException {
        Path input = work.resolve("input-" + records);
        List<Path> parts = List.of(input.resolve("part-0.jsonl"), input.resolve("part-1.jsonl"));
        if (!Files.isRegularFile(parts.get(1))) {
            Files.createDirectories(input);
            System.out.printf("writing %,d sightings to %s ...%n", records, input);
            SightingsFile.write(parts.get(0), records / 2, 1);
            SightingsFile.write(parts.get(1), records - records / 2, 2);
        }
        return parts;
    }

    void run() throws Exception {
        List<Path> parts = input();
        Path input = parts.get(0).getParent();
        long bytes = Files.size(parts.get(0)) + Files.size(parts.get(1));
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        // Round 0 warms the JIT up and is not counted.
        for (int run = 0; run <= runs; run++) {
            if (run == 1) {
                rates.clear();
                cpuRates.clear();
            }
            measure(rates, "raw Jackson parse, 1 thread", () -> raw(parts));
            measure(rates, "raw Jackson parse, 2 threads", () -> parallel(List.of(
                    () -> raw(List.of(parts.get(0))), () -> raw(List.of(parts.get(1))))));
            measure(rates, "pipeline, 1 thread", () -> pipeline(input, "all"));
            measure(rates, "pipeline, 2 threads", () -> parallel(List.of(
                    () -> pipeline(parts.get(0), "t0"), () -> pipeline(parts.get(1), "t1"))));
            measure(rates, "PipelineRunner, 1 pipeline", () -> runner(input, "all"));
            measure(rates, "PipelineRunner, 2 pipelines", () -> parallel(List.of(
                    () -> runner(parts.get(0), "t0"), () -> runner(parts.get(1), "t1"))));
        }
        print(rates, bytes);
    }

    /**
     * Where a record's CPU time goes on one thread: the origin alone, then with the filter, then with the
     * file destination, on the first input file (its thread's CPU time, so other load matters less).
     */
    void breakdown() throws Exception {
        Path part = input().get(0);
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        String[] names = {"file origin (JSON) only", "+ filter", "+ file destination"};
        Map<String, List<Double>> micros = new LinkedHashMap<>();
        for (int run = 0; run <= runs; run++) {
            for (int depth = 1; depth <= 3; depth++) {
                Path out = work.resolve("out-breakdown");
                deleteTree(out);
                long cpu = threads.getCurrentThreadCpuTime();
                long n = new DirectPipeline(part, CONDITION, out, batchSize, depth).run()[0];
                double perRecord = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / n;
                deleteTree(out);
                if (run > 0) {
                    micros.computeIfAbsent(names[depth - 1], k -> new ArrayList<>()).add(perRecord);
                }
            }
            long cpu = threads.getCurrentThreadCpuTime();
            long n = RawJacksonParse.parse(part)[0];
            if (run > 0) {
                micros.computeIfAbsent("raw Jackson parse", k -> new ArrayList<>())
                        .add((threads.getCurrentThreadCpuTime() - cpu) / 1e3 / n);
            }
        }
        System.out.println("| stages on one thread | median µs of thread CPU per record |");
        System.out.println("| --- | ---: |");
        micros.forEach((k, v) -> System.out.printf(Locale.ROOT, "| %s | %.3f |%n", k, median(v)));
    }

    /** A run: how many records it handled. */
    @FunctionalInterface
    private interface Job {
        long records() throws Exception;
    }

    private void measure(Map<String, List<Double>> rates, String name, Job job) throws Exception {
        if (only != null && !name.startsWith(only) && !name.startsWith("raw")) {
            return;
        }
        System.gc();
        long cpuStart = PROCESS.getProcessCpuTime();
        long start = System.nanoTime();
        long handled = job.records();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (PROCESS.getProcessCpuTime() - cpuStart) / 1e9;
        if (handled != records) {
            throw new IllegalStateException(name + " handled " + handled + " records, expected " + records);
        }
        double rate = handled / seconds;
        rates.computeIfAbsent(name, k -> new ArrayList<>()).add(rate);
        cpuRates.computeIfAbsent(name, k -> new ArrayList<>()).add(handled / cpuSeconds);
        System.out.printf(Locale.ROOT, "%-30s %8.2f s %,12.0f records/s  (%.2f CPU s, all threads incl. GC)%n",
                name, seconds, rate, cpuSeconds);
    }

    private static long parallel(List<Callable<Long>> jobs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(jobs.size());
        try {
            long total = 0;
            for (Future<Long> f : pool.invokeAll(jobs)) {
                total += f.get();
            }
            return total;
        } finally {
            pool.shutdown();
        }
    }

    private static long raw(List<Path> files) throws IOException {
        long n = 0;
        for (Path f : files) {
            n += RawJacksonParse.parse(f)[0];
        }
        return n;
    }

    private long pipeline(Path input, String tag) throws Exception {
        Path out = work.resolve("out-" + tag);
        deleteTree(out);
        long[] counts = new DirectPipeline(input, CONDITION, out, batchSize).run();
        if (counts[2] != 0) {
            throw new IllegalStateException("the pipeline produced " + counts[2] + " error records");
        }
        deleteTree(out);
        return counts[0];
    }

    private long runner(Path input, String tag) throws Exception {
        Path out = work.resolve("out-" + tag);
        deleteTree(out);
        long read = RunnerPipeline.run(input, CONDITION, out, work.resolve("state-" + tag), batchSize);
        deleteTree(out);
        return read;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private void print(Map<String, List<Double>> rates, long bytes) {
        System.out.printf(Locale.ROOT, "%n%,d sightings, %.0f MB of JSON Lines, %d runs, batch %d, condition '%s', "
                + "%d cores (%s)%n%n", records, bytes / 1e6, runs, batchSize, CONDITION,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.version"));
        System.out.println("| what | median records/s (wall) | runs (records/s) | raw ÷ this | median records per CPU-s | raw ÷ this (CPU) |");
        System.out.println("| --- | ---: | --- | ---: | ---: | ---: |");
        for (Map.Entry<String, List<Double>> e : rates.entrySet()) {
            double median = median(e.getValue());
            String threads = e.getKey().endsWith("2 threads") || e.getKey().endsWith("2 pipelines")
                    ? "2 threads" : "1 thread";
            double raw = median(rates.get("raw Jackson parse, " + threads));
            StringBuilder all = new StringBuilder();
            e.getValue().forEach(v -> all.append(all.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%,.0f", v)));
            double cpu = median(cpuRates.get(e.getKey()));
            double rawCpu = median(cpuRates.get("raw Jackson parse, " + threads));
            System.out.printf(Locale.ROOT, "| %s | %,.0f | %s | %.2f× | %,.0f | %.2f× |%n", e.getKey(), median, all,
                    raw / median, cpu, rawCpu / cpu);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
