package io.footfall.simulator.cli;

import io.footfall.runtime.cli.FootfallSubcommand;
import io.footfall.runtime.floorplan.FloorplanException;
import io.footfall.runtime.floorplan.FloorplanGeometry;
import io.footfall.runtime.floorplan.FloorplanJson;
import io.footfall.simulator.AsyncOutput;
import io.footfall.simulator.Durations;
import io.footfall.simulator.Fault;
import io.footfall.simulator.RadioParams;
import io.footfall.simulator.Simulation;
import io.footfall.simulator.SimulationFiles;
import io.footfall.simulator.SimulationOutput;
import io.footfall.simulator.SimulationSettings;
import io.footfall.simulator.SimulationSummary;
import io.footfall.simulator.TeeOutput;
import io.footfall.simulator.live.LivePublisher;
import io.footfall.simulator.live.PacedOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code footfall simulate} (CONTRACT section 5): simulate a mall to files, optionally publishing live. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate shoppers, phones and sensors on a floorplan; write or publish sightings.")
public final class SimulateCommand implements FootfallSubcommand {

    @Spec
    CommandSpec spec;

    @Option(names = "--floorplan", required = true, paramLabel = "F", description = "The footfall-floorplan/1 file.")
    Path floorplan;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where sightings.jsonl, truth.jsonl and visits.csv go.")
    Path out;

    @Option(names = "--duration", defaultValue = "1h", description = "Simulated time, e.g. 90s, 30m, 1h, 1h30m (default ${DEFAULT-VALUE}).")
    String duration;

    @Option(names = "--shoppers-per-hour", defaultValue = "1000", paramLabel = "N", description = "Mean arrivals per hour (default ${DEFAULT-VALUE}).")
    double shoppersPerHour;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Random seed; the same seed gives the same output (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--publish", paramLabel = "URI", description = "Also publish live: mqtt://HOST:PORT, udp://HOST:PORT or http://HOST:PORT.")
    URI publish;

    @Option(names = "--speed", defaultValue = "1", paramLabel = "X", description = "Live publishing pace, × real time (default ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--start", paramLabel = "INSTANT", description = "Simulated start, ISO-8601 UTC (default 2025-11-25T10:00:00Z).")
    String start;

    @Option(names = "--randomized-share", paramLabel = "SHARE",
            description = "Share of phones that randomize their WiFi address, 0..1 (default 0.7).")
    Double randomizedShare;

    @Option(names = "--shadowing-db", paramLabel = "SIGMA",
            description = "Shadowing σ of every frame's RSSI in dB (default 4).")
    Double shadowingDb;

    @Option(names = "--fault", paramLabel = "SPEC", description = "A sensor fault: offline:SENSOR:FROM-TO, duplicate:SENSOR:SHARE or delay:SENSOR:DELAY. Repeatable.")
    List<String> faults = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        SimulationSettings settings;
        try {
            settings = settings();
        } catch (IllegalArgumentException e) {
            err.println("footfall simulate: " + e.getMessage());
            err.flush();
            return 2;
        }
        FloorplanGeometry geo;
        try {
            geo = FloorplanGeometry.of(FloorplanJson.load(floorplan));
        } catch (FloorplanException e) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        }
        try {
            Simulation simulation = new Simulation(geo, settings);
            List<SimulationOutput> outputs = new ArrayList<>();
            // Connect first: a bad or unreachable endpoint should not leave empty files behind.
            LivePublisher live = publish == null ? null : LivePublisher.connect(publish);
            outputs.add(new SimulationFiles(out));
            if (live != null) {
                outputs.add(new PacedOutput(live, settings.startEpochMs(), speed));
            }
            boolean terminal = System.console() != null;
            ProgressBar bar = terminal ? new ProgressBar(err, settings.durationMs()) : null;
            SimulationSummary summary = simulation.run(new AsyncOutput(new TeeOutput(outputs)), bar == null ? done -> { } : bar);
            if (bar != null) {
                bar.finish();
            }
            stdout.println(summary.oneLine());
            stdout.flush();
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("footfall simulate: " + e.getMessage());
            err.flush();
            return 2;
        } catch (IOException e) {
            err.println("footfall simulate: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private SimulationSettings settings() {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("--speed must be greater than 0, got " + speed);
        }
        if (shoppersPerHour < 0) {
            throw new IllegalArgumentException("--shoppers-per-hour must not be negative, got " + shoppersPerHour);
        }
        long durationMs = Durations.parseMillis(duration);
        if (durationMs <= 0) {
            throw new IllegalArgumentException("--duration must be positive, got " + duration);
        }
        SimulationSettings s = SimulationSettings.defaults().withDuration(durationMs).withShoppersPerHour(shoppersPerHour).withSeed(seed);
        if (start != null) {
            try {
                s = s.withStart(Instant.parse(start).toEpochMilli());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--start '" + start + "' is not an ISO-8601 instant such as 2025-11-25T10:00:00Z");
            }
        }
        if (randomizedShare != null) {
            if (!(randomizedShare >= 0 && randomizedShare <= 1)) {
                throw new IllegalArgumentException("--randomized-share must be between 0 and 1, got " + randomizedShare);
            }
            s = s.withDevices(randomizedShare, s.perBurstShare(), s.bleShare(), s.staffPerStore(), s.groupShare());
        }
        if (shadowingDb != null) {
            if (!(shadowingDb >= 0 && shadowingDb <= 30)) {
                throw new IllegalArgumentException("--shadowing-db must be between 0 and 30, got " + shadowingDb);
            }
            RadioParams r = s.radio();
            s = s.withRadio(new RadioParams(r.wifiRssiAt1m(), r.bleRssiAt1m(), r.exponent(), shadowingDb, r.wifiFloorDbm(),
                    r.bleFloorDbm()), s.sensorRadio());
        }
        List<Fault> parsed = new ArrayList<>();
        for (String f : faults) {
            parsed.add(Fault.parse(f));
        }
        return s.withFaults(parsed);
    }
}
