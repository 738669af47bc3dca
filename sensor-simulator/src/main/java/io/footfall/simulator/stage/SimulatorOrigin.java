package io.footfall.simulator.stage;

import io.footfall.runtime.analytics.input.SightingRecords;
import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.Origin;
import io.footfall.runtime.api.RecordKind;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageException;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.floorplan.FloorplanException;
import io.footfall.runtime.floorplan.FloorplanGeometry;
import io.footfall.runtime.floorplan.FloorplanJson;
import io.footfall.runtime.sighting.Sighting;
import io.footfall.simulator.Durations;
import io.footfall.simulator.Simulation;
import io.footfall.simulator.SimulationFiles;
import io.footfall.simulator.SimulationOutput;
import io.footfall.simulator.SimulationSettings;
import io.footfall.simulator.TeeOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The simulator as a pipeline origin: shoppers, phones and sensors on the pipeline's floorplan, read
 * in-process as sighting records in timestamp order, as fast as the pipeline takes them or paced at
 * × real time. The offset is the number of sightings produced; the simulation is deterministic, so a
 * restarted pipeline replays the same run and resumes after the last committed sighting. It can also
 * write truth.jsonl and visits.csv so that the pipeline's results can be scored.
 */
public final class SimulatorOrigin extends AbstractStage implements Origin {
    public static final String ID = "footfall.origin.simulator";

    public static final StageDefinition DEFINITION = StageDefinition.builder(ID, 1, StageKind.ORIGIN)
            .label("Mall simulator")
            .records(null, RecordKind.SIGHTINGS)
            .description("Simulated shoppers walking the floorplan with WiFi/BLE phones, heard by its sensors. "
                    + "Produces sighting records (ts, sensor, device, rssi, kind, seq, channel).")
            .icon("simulator")
            .config(ConfigDef.builder("floorplan", ConfigDef.Type.FILE_PATH).label("Floorplan")
                    .description("The footfall-floorplan/1 file; empty for the floorplan the pipeline is drawn over.").build())
            .config(ConfigDef.builder("duration", ConfigDef.Type.STRING).label("Duration").defaultValue("1h")
                    .description("Simulated time, e.g. 30m, 1h, 8h.").build())
            .config(ConfigDef.builder("shoppersPerHour", ConfigDef.Type.DOUBLE).label("Shoppers per hour")
                    .defaultValue(1000).min(0).description("Mean arrivals per hour; a time-of-day profile shapes them.").build())
            .config(ConfigDef.builder("speed", ConfigDef.Type.DOUBLE).label("Speed (× real time)").defaultValue(0)
                    .min(0).description("0: as fast as the pipeline takes the records; otherwise paced at this many × real time.").build())
            .config(ConfigDef.builder("seed", ConfigDef.Type.INTEGER).label("Random seed").defaultValue(1)
                    .group("Advanced").description("The same seed and settings give the same sightings.").build())
            .config(ConfigDef.builder("truthDirectory", ConfigDef.Type.FILE_PATH).label("Ground truth folder")
                    .group("Advanced").description("When set, sightings.jsonl, truth.jsonl and visits.csv are also written here, "
                            + "for footfall evaluate.").build())
            .factory(SimulatorOrigin::new)
            .build();

    private FloorplanGeometry geo;
    private SimulationSettings settings;
    private double speed;
    private Path truthDirectory;
    private QueueOutput queue;
    private Simulation simulation;
    private Thread runner;
    private volatile Throwable failure;
    /** Set by {@link #destroy}: the simulation's complaint about nobody reading is then expected. */
    private volatile boolean stoppedByUs;
    private long produced;
    private long wallStartNanos;
    private Sighting held;

    @Override
    protected void configure(StageConfig config) {
        Optional<Path> file = config.has("floorplan") && !config.getString("floorplan").isBlank()
                ? Optional.of(context().baseDirectory().resolve(config.getString("floorplan")))
                : context().floorplanFile();
        if (file.isEmpty()) {
            issue("floorplan", "no floorplan: set one here or draw the pipeline over a floorplan");
        } else {
            try {
                geo = FloorplanGeometry.of(FloorplanJson.load(file.get()));
            } catch (FloorplanException e) {
                issue("floorplan", e.getMessage());
            }
        }
        long durationMs = 0;
        try {
            durationMs = Durations.parseMillis(config.getString("duration"));
            if (durationMs <= 0) {
                issue("duration", "must be positive");
            }
        } catch (IllegalArgumentException e) {
            issue("duration", e.getMessage());
        }
        double perHour = config.getDouble("shoppersPerHour");
        if (perHour < 0) {
            issue("shoppersPerHour", "must not be negative");
        }
        speed = config.getDouble("speed");
        if (speed < 0) {
            issue("speed", "must be 0 (as fast as possible) or positive");
        }
        if (config.has("truthDirectory") && !config.getString("truthDirectory").isBlank()) {
            truthDirectory = context().baseDirectory().resolve(config.getString("truthDirectory"));
        }
        if (durationMs > 0 && perHour >= 0) {
            settings = SimulationSettings.defaults().withDuration(durationMs).withShoppersPerHour(perHour)
                    .withSeed(config.getLong("seed"));
        }
    }

    @Override
    public String produce(String lastOffset, int maxBatchSize, BatchMaker out) throws StageException {
        if (runner == null) {
            start(lastOffset == null ? 0 : Long.parseLong(lastOffset));
        }
        long deadline = System.nanoTime() + context().maxWaitMillis() * 1_000_000L;
        int count = 0;
        try {
            while (count < maxBatchSize) {
                long leftMs = Math.max(0, (deadline - System.nanoTime()) / 1_000_000L);
                Sighting s = held != null ? held : queue.poll(leftMs);
                held = null;
                if (s == null) {
                    break;
                }
                if (s == QueueOutput.END) {
                    held = s;
                    if (count == 0) {
                        checkFailure();
                        return null;
                    }
                    break;
                }
                if (!due(s, deadline)) {
                    held = s;
                    break;
                }
                out.add(SightingRecords.toRecord("simulator::" + (produced + 1), s));
                produced++;
                count++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        checkFailure();
        return Long.toString(produced);
    }

    /** With a speed set, waits (until the batch deadline at most) for the sighting's moment to come. */
    private boolean due(Sighting s, long deadlineNanos) throws InterruptedException {
        if (speed <= 0) {
            return true;
        }
        long dueNanos = wallStartNanos + (long) ((s.ts() - settings.startEpochMs()) / speed * 1_000_000L);
        long wait = dueNanos - System.nanoTime();
        if (wait <= 0) {
            return true;
        }
        if (dueNanos > deadlineNanos) {
            return false;
        }
        Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
        return true;
    }

    private void start(long skip) {
        queue = new QueueOutput();
        List<SimulationOutput> outputs = new ArrayList<>();
        outputs.add(skip == 0 ? queue : new SkippingOutput(queue, skip));
        simulation = new Simulation(geo, settings);
        produced = skip;
        wallStartNanos = System.nanoTime();
        runner = new Thread(() -> {
            try {
                if (truthDirectory != null) {
                    outputs.add(new SimulationFiles(truthDirectory));
                }
                simulation.run(new TeeOutput(outputs), done -> { });
            } catch (IOException | RuntimeException e) {
                if (!stoppedByUs) {
                    failure = e;
                }
                queue.stop();
            }
        }, "footfall-simulator-" + context().instanceName());
        runner.setDaemon(true);
        runner.start();
    }

    private void checkFailure() throws StageException {
        Throwable f = failure;
        if (f != null) {
            throw new StageException("SIMULATION_FAILED", "the simulation failed: " + f.getMessage());
        }
    }

    @Override
    public void destroy() {
        if (runner != null) {
            stoppedByUs = true;
            simulation.cancel();
            queue.stop();
            runner.interrupt();
            try {
                runner.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
