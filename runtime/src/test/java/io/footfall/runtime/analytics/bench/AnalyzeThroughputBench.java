package io.footfall.runtime.analytics.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.footfall.runtime.cli.Main;
import io.footfall.runtime.sighting.SightingJson;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Throughput of {@code footfall analyze} beside a raw Jackson parse of the same sightings file, in the same
 * JVM, alternating, a few rounds; prints medians of wall-clock and CPU-time rates and the peak heap after
 * each analyze. Not a test: run by hand (see BENCHMARKS.md for the command).
 * <pre>java -cp ... io.footfall.runtime.analytics.bench.AnalyzeThroughputBench SIGHTINGS FLOORPLAN OUTDIR [ROUNDS]</pre>
 */
public final class AnalyzeThroughputBench {

    private AnalyzeThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        Path sightings = Path.of(args[0]);
        Path floorplan = Path.of(args[1]);
        Path out = Path.of(args[2]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Double> parseWall = new ArrayList<>();
        List<Double> parseCpu = new ArrayList<>();
        List<Double> analyzeWall = new ArrayList<>();
        List<Double> analyzeCpu = new ArrayList<>();
        List<Double> peakHeapMb = new ArrayList<>();
        long count = 0;
        for (int round = 0; round < rounds; round++) {
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            count = parseAll(sightings);
            parseWall.add(count / ((System.nanoTime() - t0) / 1e9));
            parseCpu.add(count / ((os.getProcessCpuTime() - cpu0) / 1e9));

            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            cpu0 = os.getProcessCpuTime();
            t0 = System.nanoTime();
            int exit = Main.execute("analyze", "--floorplan", floorplan.toString(), "--sightings", sightings.toString(),
                    "--out", out.toString());
            if (exit != 0) {
                throw new IllegalStateException("analyze exited with " + exit);
            }
            analyzeWall.add(count / ((System.nanoTime() - t0) / 1e9));
            analyzeCpu.add(count / ((os.getProcessCpuTime() - cpu0) / 1e9));
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            peakHeapMb.add(peak / 1e6);
            System.out.printf("round %d: parse %,.0f /s wall, %,.0f per CPU-s; analyze %,.0f /s wall, %,.0f per CPU-s "
                    + "(%.1f s wall, %.1f s CPU)%n", round + 1, parseWall.get(round), parseCpu.get(round),
                    analyzeWall.get(round), analyzeCpu.get(round), count / analyzeWall.get(round),
                    count / analyzeCpu.get(round));
        }
        System.out.printf("sightings: %,d; rounds: %d; cores: %d%n", count, rounds, Runtime.getRuntime().availableProcessors());
        System.out.printf("raw Jackson parse: median %,.0f sightings/s wall, %,.0f sightings per CPU-second%n",
                median(parseWall), median(parseCpu));
        System.out.printf("footfall analyze:  median %,.0f sightings/s wall, %,.0f sightings per CPU-second%n",
                median(analyzeWall), median(analyzeCpu));
        System.out.printf("analyze / parse (wall): %.3f; peak heap during analyze: median %.0f MB%n",
                median(analyzeWall) / median(parseWall), median(peakHeapMb));
    }

    private static long parseAll(Path file) throws Exception {
        long n = 0;
        try (InputStream in = Files.newInputStream(file);
             JsonParser p = JsonFactory.builder().build().createParser(in)) {
            while (p.nextToken() != null) {
                SightingJson.read(p);
                n++;
            }
        }
        return n;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
