package io.footfall.simulator.bench;

import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.FloorplanGeometry;
import io.footfall.runtime.floorplan.FloorplanJson;
import io.footfall.simulator.Simulation;
import io.footfall.simulator.SimulationFiles;
import io.footfall.simulator.SimulationSettings;
import io.footfall.simulator.SimulationSummary;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The simulator benchmark behind BENCHMARKS.md: floorplan load times (parse + validate, and the geometry
 * with its walkable graph), then one hour of the medium mall at 2,000 shoppers/h written to files.
 * Reports wall and CPU time, because the benchmark machine is shared.
 * Usage: {@code SimulatorBench FLOORPLAN_DIR OUT_DIR [shoppersPerHour] [duration] [mall file]}.
 */
public final class SimulatorBench {
    private static final int LOAD_RUNS = 11;

    private SimulatorBench() {
    }

    public static void main(String[] args) throws Exception {
        Path floorplans = Path.of(args[0]);
        Path out = Path.of(args[1]);
        double perHour = args.length > 2 ? Double.parseDouble(args[2]) : 2000;
        long durationMs = args.length > 3 ? io.footfall.simulator.Durations.parseMillis(args[3]) : 3_600_000L;
        String simulatedMall = args.length > 4 ? args[4] : "medium-mall.json";
        for (String mall : new String[] {"small-mall.json", "medium-mall.json", "large-mall.json"}) {
            double[] load = new double[LOAD_RUNS];
            double[] graph = new double[LOAD_RUNS];
            Floorplan plan = null;
            for (int i = 0; i < LOAD_RUNS; i++) {
                long t0 = System.nanoTime();
                plan = FloorplanJson.load(floorplans.resolve(mall));
                long t1 = System.nanoTime();
                FloorplanGeometry.of(plan).walkGraph();
                long t2 = System.nanoTime();
                load[i] = (t1 - t0) / 1e6;
                graph[i] = (t2 - t1) / 1e6;
            }
            System.out.printf("load %-17s zones=%d walls=%d sensors=%d  parse+validate median %.1f ms (first %.1f ms)  geometry+walk graph median %.1f ms (first %.1f ms)%n",
                    mall, plan.zones().size(), plan.walls().size(), plan.sensors().size(), median(load), load[0], median(graph), graph[0]);
        }
        FloorplanGeometry geo = FloorplanGeometry.of(FloorplanJson.load(floorplans.resolve(simulatedMall)));
        SimulationSettings settings = SimulationSettings.defaults().withShoppersPerHour(perHour).withDuration(durationMs);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        Simulation simulation = new Simulation(geo, settings);
        long t1 = System.nanoTime();
        SimulationSummary summary = simulation.run(new io.footfall.simulator.AsyncOutput(new SimulationFiles(out)), done -> { });
        long t2 = System.nanoTime();
        long cpu = os.getProcessCpuTime() - cpu0;
        double wallS = (t2 - t0) / 1e9;
        System.out.println(summary.oneLine());
        System.out.printf("%s, %.0f shoppers/h, %s: planning %.2f s, running %.2f s, total wall %.2f s, process CPU %.2f s%n",
                simulatedMall, perHour, io.footfall.simulator.Durations.format(durationMs), (t1 - t0) / 1e9, (t2 - t1) / 1e9, wallS, cpu / 1e9);
        System.out.printf("simulated/wall %.0f×, simulated/CPU %.0f×, sightings/s (wall) %.0f, output rows/s (wall) %.0f%n",
                durationMs / 1000.0 / wallS, durationMs / 1e6 / (cpu / 1e9) * 1000, summary.sightings() / wallS,
                (summary.sightings() + summary.truthRows()) / wallS);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
