package io.footfall.spark.bench;

import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.RecordProcessor;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.testing.StageRunner;
import io.footfall.spark.SharedSparkContext;
import io.footfall.spark.SparkStageLibrary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Per-batch cost of the Spark evaluator (identity transformer) against the same pass-through logic as a
 * plain processor, at several batch sizes, and the context's start-up time.
 * <pre>java $(cat app/target/dist/jvm-flags) -cp "app/target/dist/lib/*" io.footfall.spark.bench.SparkEvaluatorBench [master] [rounds]</pre>
 */
public final class SparkEvaluatorBench {

    private SparkEvaluatorBench() {
    }

    /** The plain-processor twin of the identity transformer. */
    static final class PassThrough extends RecordProcessor {
        @Override
        protected void configure(StageConfig config) {
        }

        @Override
        protected void process(Record record, BatchMaker out) {
            out.add(record);
        }
    }

    static final StageDefinition PASS_THROUGH = StageDefinition.builder("bench.passThrough", 1, StageKind.PROCESSOR)
            .factory(PassThrough::new).build();

    public static void main(String[] args) throws Exception {
        String master = args.length > 0 ? args[0] : "local[2]";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        long t0 = System.nanoTime();
        StageRunner spark = StageRunner.of(SparkStageLibrary.EVALUATOR).config("master", master).build().initOrFail();
        long initMillis = (System.nanoTime() - t0) / 1_000_000;
        StageRunner plain = StageRunner.of(PASS_THROUGH).build().initOrFail();
        System.out.printf("Spark context start: %d ms (stage init incl. context: %d ms), master %s%n",
                SharedSparkContext.lastStartMillis(), initMillis, master);
        System.out.printf("%-9s %14s %14s %14s %10s%n", "records", "plain ms", "spark ms", "overhead ms", "ratio");
        try {
            for (int size : new int[] {1_000, 10_000, 100_000}) {
                List<Record> batch = sightings(size);
                double plainMs = median(plain, batch, rounds);
                double sparkMs = median(spark, batch, rounds);
                System.out.printf("%-9d %14.2f %14.2f %14.2f %9.1fx%n", size, plainMs, sparkMs, sparkMs - plainMs,
                        sparkMs / Math.max(plainMs, 0.001));
            }
        } finally {
            spark.destroy();
            plain.destroy();
        }
    }

    private static double median(StageRunner runner, List<Record> batch, int rounds) throws Exception {
        for (int i = 0; i < 3; i++) {
            runner.process(copies(batch));
        }
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            List<Record> input = copies(batch);
            long start = System.nanoTime();
            int out = runner.process(input).records().size();
            ms[i] = (System.nanoTime() - start) / 1e6;
            if (out != batch.size()) {
                throw new IllegalStateException("lost records: " + out + " of " + batch.size());
            }
        }
        Arrays.sort(ms);
        return ms[rounds / 2];
    }

    private static List<Record> copies(List<Record> batch) {
        List<Record> out = new ArrayList<>(batch.size());
        for (Record r : batch) {
            out.add(r.copy());
        }
        return out;
    }

    private static List<Record> sightings(int n) {
        List<Record> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(Record.fromJava("bench::" + i, Map.of("ts", 1764064800000L + i * 10L, "sensor", "s-" + (i % 40),
                    "device", String.format("3a:1f:9c:%02x:%02x:%02x", (i >> 16) & 0xff, (i >> 8) & 0xff, i & 0xff),
                    "rssi", -40 - (i % 50), "kind", i % 3 == 0 ? "ble" : "wifi")));
        }
        return out;
    }
}
