package io.footfall.app.simulation;

import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.FloorplanGeometry;
import io.footfall.runtime.sighting.Sighting;
import io.footfall.simulator.Simulation;
import io.footfall.simulator.SimulationOutput;
import io.footfall.simulator.SimulationSettings;
import io.footfall.simulator.Visit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The embedded simulator of one studio run: the sensor simulator runs on its own thread into a bounded
 * queue (it blocks when far ahead), and {@link SimulationFeedOrigin} takes the sightings whose time the
 * {@link SimulationClock} has reached. Feeds are found by id, because the runner creates the origin itself.
 * <p>
 * When the pipeline (or the simulator) cannot keep up with the chosen speed, the clock is held once the
 * sightings waiting for the pipeline span more than {@link #HOLD_AFTER_WALL_MILLIS} of real time (or, at high
 * speeds, {@link #HOLD_AFTER_SIMULATED_MILLIS} of simulated time), and released when they are nearly gone: the clock, the heatmap and the charts then show the same moment,
 * and the run goes as fast as the slower side allows instead of drifting ever further behind.
 */
public final class SimulationFeed implements AutoCloseable {
    private static final Map<String, SimulationFeed> FEEDS = new ConcurrentHashMap<>();
    static final int QUEUE_CAPACITY = 200_000;
    static final long HOLD_AFTER_WALL_MILLIS = 3_000;
    static final long RELEASE_BELOW_WALL_MILLIS = 1_000;
    /** At ×1200, 3 s of real time would be an hour of simulated time between the clock and the heatmap. */
    static final long HOLD_AFTER_SIMULATED_MILLIS = 300_000;
    static final long RELEASE_BELOW_SIMULATED_MILLIS = 100_000;
    static final long HELD_LATELY_MILLIS = 5_000;

    private final String id = "sim-" + java.util.UUID.randomUUID();
    private final SimulationClock clock;
    private volatile Simulation simulation;
    private final FloorplanGeometry geometry;
    private final CountDownLatch startSignal = new CountDownLatch(1);
    private volatile boolean closed;
    private final BlockingQueue<Sighting> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final Thread thread;
    private final SimulationSettings settings;
    private volatile boolean finished;
    private volatile String failure;
    /** Simulated time the simulator has finished (sightings up to it are queued or taken). */
    private volatile long simulatedUpTo;
    private volatile boolean started;
    private long lastHeldReal = Long.MIN_VALUE;
    private final LongSupplier realMillis;
    private final WindowedRate pace = new WindowedRate(10_000);

    public SimulationFeed(Floorplan plan, SimulationSettings settings, double speed) {
        this(plan, settings, speed, System::currentTimeMillis);
    }

    SimulationFeed(Floorplan plan, SimulationSettings settings, double speed, LongSupplier realMillis) {
        this.settings = settings;
        this.realMillis = realMillis;
        this.clock = new SimulationClock(settings.startEpochMs(), speed, realMillis);
        this.geometry = FloorplanGeometry.of(plan);
        this.simulatedUpTo = settings.startEpochMs();
        // Planning the shoppers and the pipeline takes seconds; the clock waits for the simulator's start.
        this.clock.hold();
        FEEDS.put(id, this);
        // The shoppers are planned (1-2.5 s for four hours of the medium mall) while the studio plans the pipeline.
        this.thread = new Thread(this::simulate, "footfall-studio-simulator");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    public static SimulationFeed find(String id) {
        return FEEDS.get(id);
    }

    /** Lets the simulation run once its shoppers are planned; the clock starts with it. */
    public void start() {
        startSignal.countDown();
    }

    private void simulate() {
        try {
            Simulation planned = new Simulation(geometry, settings);
            simulation = planned;
            startSignal.await();
            if (closed) {
                return;
            }
            clock.release();
            started = true; // after the release, so that progress() never sees a started run on a held clock
            planned.run(new QueueOutput(), ms -> simulatedUpTo = settings.startEpochMs() + ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        } finally {
            finished = true;
        }
    }

    /**
     * Sightings whose time has come (at most {@code max}); waits up to {@code waitMillis} for the first.
     * Returns null when the simulation has ended and everything was taken.
     */
    List<Sighting> take(int max, long waitMillis) throws InterruptedException {
        List<Sighting> out = new ArrayList<>();
        long deadline = System.currentTimeMillis() + waitMillis;
        while (out.isEmpty()) {
            long now = clock.now();
            Sighting head;
            while (out.size() < max && (head = queue.peek()) != null && head.ts() <= now) {
                out.add(queue.poll());
            }
            progress();
            if (!out.isEmpty()) {
                break;
            }
            if (finished && queue.isEmpty()) {
                return null;
            }
            if (System.currentTimeMillis() >= deadline) {
                break;
            }
            Thread.sleep(20);
        }
        return out;
    }

    /**
     * Where the run stands: the clock, the simulated time up to which the pipeline has taken every
     * sighting, and which side holds it back. Holds or releases the clock as a side effect, so that
     * anyone polling it (the origin, the studio's metrics watcher) keeps the clock paced.
     */
    public synchronized SimulationProgress progress() {
        long now = clock.now();
        double speed = clock.speed();
        if (!started) {
            // The clock waits for the shoppers to be planned: that is the run starting, not a side falling behind,
            // and it must not count as a hold or as time at speed 0 once the run goes.
            return new SimulationProgress(now, now, speed, speed, false, SimulationProgress.Limit.NONE);
        }
        Sighting head = queue.peek();
        long reached;
        SimulationProgress.Limit limit;
        if (head != null && head.ts() <= now) {
            reached = head.ts();
            limit = SimulationProgress.Limit.PIPELINE;
        } else if (head != null || finished) {
            reached = now;
            limit = SimulationProgress.Limit.NONE;
        } else {
            reached = Math.min(now, simulatedUpTo);
            limit = reached < now ? SimulationProgress.Limit.SIMULATOR : SimulationProgress.Limit.NONE;
        }
        long behindWall = (long) ((now - reached) / Math.max(speed, 1e-9));
        if (behindWall > HOLD_AFTER_WALL_MILLIS || now - reached > HOLD_AFTER_SIMULATED_MILLIS) {
            clock.hold();
        } else if (behindWall < RELEASE_BELOW_WALL_MILLIS && now - reached < RELEASE_BELOW_SIMULATED_MILLIS) {
            clock.release();
        }
        // Holding or releasing never moves the clock, so `now` is still its reading.
        long real = realMillis.getAsLong();
        double effective = clock.isPaused() ? speed : pace.observe(real, now);
        if (clock.isHeld()) {
            lastHeldReal = real;
        }
        // Between holds the clock runs free for a moment; the run is still paced by the slower side.
        boolean heldLately = lastHeldReal != Long.MIN_VALUE && real - lastHeldReal < HELD_LATELY_MILLIS;
        return new SimulationProgress(now, reached, speed, Double.isNaN(effective) ? speed : effective, heldLately, limit);
    }

    /** Whether the simulator runs and has produced everything up to the clock (or cannot, its queue being full). */
    boolean simulatorCaughtUp() {
        return finished || started && (simulatedUpTo >= clock.now() || queue.remainingCapacity() == 0);
    }

    public SimulationClock clock() {
        return clock;
    }

    public String id() {
        return id;
    }

    /** The end of the simulated period. */
    public long end() {
        return settings.startEpochMs() + settings.durationMs();
    }

    public String failure() {
        return failure;
    }

    @Override
    public void close() {
        closed = true;
        startSignal.countDown();
        Simulation running = simulation;
        if (running != null) {
            running.cancel();
        }
        queue.clear();
        FEEDS.remove(id);
    }

    /** Sightings into the queue, in timestamp order; ground truth and visits are not needed live. */
    private final class QueueOutput implements SimulationOutput {
        @Override
        public void sighting(Sighting s, long deliveryDelayMs) throws IOException {
            try {
                while (!queue.offer(s, 200, TimeUnit.MILLISECONDS)) {
                    if (!FEEDS.containsKey(id)) {
                        simulation.cancel();
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                simulation.cancel();
            }
        }

        @Override
        public void truth(long ts, String person, String device, String ble, double x, double y, String zone) {
        }

        @Override
        public void visit(Visit visit) {
        }

        @Override
        public void close() {
        }
    }
}
