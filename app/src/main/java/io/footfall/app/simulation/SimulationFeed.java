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
import java.util.concurrent.TimeUnit;

/**
 * The embedded simulator of one studio run: the sensor simulator runs on its own thread into a bounded
 * queue (it blocks when far ahead), and {@link SimulationFeedOrigin} takes the sightings whose time the
 * {@link SimulationClock} has reached. Feeds are found by id, because the runner creates the origin itself.
 */
public final class SimulationFeed implements AutoCloseable {
    private static final Map<String, SimulationFeed> FEEDS = new ConcurrentHashMap<>();
    static final int QUEUE_CAPACITY = 200_000;

    private final String id = "sim-" + java.util.UUID.randomUUID();
    private final SimulationClock clock;
    private final Simulation simulation;
    private final BlockingQueue<Sighting> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final Thread thread;
    private final SimulationSettings settings;
    private volatile boolean finished;
    private volatile String failure;

    public SimulationFeed(Floorplan plan, SimulationSettings settings, double speed) {
        this.settings = settings;
        this.clock = new SimulationClock(settings.startEpochMs(), speed);
        this.simulation = new Simulation(FloorplanGeometry.of(plan), settings);
        this.thread = new Thread(this::simulate, "footfall-studio-simulator");
        this.thread.setDaemon(true);
        FEEDS.put(id, this);
    }

    public static SimulationFeed find(String id) {
        return FEEDS.get(id);
    }

    public void start() {
        thread.start();
    }

    private void simulate() {
        try {
            simulation.run(new QueueOutput(), ms -> { });
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
        simulation.cancel();
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
