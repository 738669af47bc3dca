package io.footfall.runtime.analytics.tracking;

import io.footfall.runtime.analytics.AnalyticsFields;
import io.footfall.runtime.analytics.Position;
import io.footfall.runtime.analytics.SightingValue;
import io.footfall.runtime.analytics.StageFloorplans;
import io.footfall.runtime.analytics.positioning.DevicePositioner;
import io.footfall.runtime.analytics.positioning.GridFilterConfig;
import io.footfall.runtime.analytics.positioning.PathLossModel;
import io.footfall.runtime.analytics.positioning.PositionEstimate;
import io.footfall.runtime.analytics.positioning.Positioning;
import io.footfall.runtime.analytics.positioning.PositioningMethod;
import io.footfall.runtime.analytics.positioning.RadioMap;
import io.footfall.runtime.analytics.positioning.RadioMapLocator;
import io.footfall.runtime.analytics.positioning.RadioMapPositioner;
import io.footfall.runtime.analytics.positioning.RadioModel;
import io.footfall.runtime.analytics.positioning.SensorLayout;
import io.footfall.runtime.analytics.positioning.SensorPosition;
import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Processor;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.RecordProcessor;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageException;
import io.footfall.runtime.floorplan.FloorplanGeometry;
import io.footfall.runtime.floorplan.Sensor;
import io.footfall.runtime.sighting.Sighting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns sightings into positions with the chosen {@link PositioningMethod} (trilateration on a log-distance
 * model by default; the grid filter suits rooms, not whole malls): per device a {@link DevicePositioner} is
 * fed its sightings, and at every
 * {@code intervalMs} of event time ("tick") each device heard within the window gets a position record
 * {@code {ts, device, x, y, zone, uncertainty}} ({@code zone} is left null for the zone stage).
 * A tick is emitted once the stream is {@code latenessMs} (plus the method's own look-ahead) past it, so
 * sightings that arrive slightly late still count; {@link #flush} emits the ticks still pending at the end.
 * Between readings (WiFi phones probe in bursts every 15-60 s) the last estimate is repeated for up to
 * {@code holdMs} after the device was last heard, so presence is continuous for dwell and heatmaps.
 * WiFi readings are shifted by the difference of the WiFi and BLE RSSI at 1 m so one path-loss model fits both.
 * Memory holds one tracker per device heard in the last window, never the sightings of the whole run.
 * With {@code workerThreads} above 1 (RADIO_MAP) the devices' work of a batch runs on that many threads, each device
 * on one; this thread plans the ticks and emits them, so the records are those of one thread, in the same order.
 */
public final class PositioningProcessor extends AbstractStage implements Processor {
    /** Bounds a radio map's memory (a few bytes per cell plus its rows): 2 km² at 1 m cells. */
    static final int MAX_RADIO_MAP_CELLS = 2_000_000;
    private final Map<String, Integer> sensorIndex = new HashMap<>();
    private final Map<String, DeviceState> devices = new LinkedHashMap<>();
    private Positioning positioning;
    private PositioningMethod method;
    private long intervalMs;
    private long windowMs;
    private long latenessMs;
    private long holdMs;
    private java.util.Set<String> kinds;
    /** Added to a WiFi reading so it fits the (BLE-referenced) path-loss model: phones transmit WiFi louder. */
    private int wifiOffsetDb;
    /** Variance growth of the smoothing filter, m² per second; 0 turns smoothing off. */
    private double walkVariance;
    /**
     * RADIO_MAP: one map per radio kind, built when the first device of that kind is heard, and a locator over it
     * per worker (a locator keeps a burst's scratch).
     */
    private final Map<String, RadioMapLocator[]> radioMaps = new HashMap<>();
    /** Devices are positioned on these workers, each device always on the same one. */
    private PositioningWorkers workers;
    /**
     * What the due ticks do, in order, decided on the stage's thread while the batch's readings are queued to the
     * devices: emitted once the workers have run the devices' queues.
     */
    private final TickPlan plan = new TickPlan();
    private FloorplanGeometry geometry;
    private SensorLayout layout;
    private StageConfig radioConfig;
    private long streamTime = Long.MIN_VALUE;
    private long nextTick = Long.MIN_VALUE;
    private long maxLag;
    /**
     * BLE identities positioned only to be paired with a WiFi identity (when BLE is not among {@code kinds} and
     * {@code pairBle} is on); their estimates sharpen their partner's and are never emitted on their own.
     */
    private final Map<String, DeviceState> bleDevices = new LinkedHashMap<>();
    private BleWifiPairing pairing;
    private long pairEveryMs;
    /** A BLE identity's estimate is fresh, for pairing and fusion, this long after it was last heard. */
    private static final long BLE_FRESH_MS = 15_000;

    @Override
    protected void configure(StageConfig config) {
        geometry = StageFloorplans.require(context(), config);
        radioConfig = config;
        List<SensorPosition> sensors = new ArrayList<>();
        for (Sensor s : geometry.plan().sensors()) {
            sensorIndex.put(s.id(), sensors.size());
            sensors.add(new SensorPosition(s.id(), s.position().x(), s.position().y(), Double.NaN));
        }
        if (sensors.isEmpty()) {
            issue(StageFloorplans.CONFIG, "the floorplan has no sensors to position devices with");
            return;
        }
        intervalMs = config.getLong("intervalMs");
        windowMs = config.getLong("windowMs");
        latenessMs = config.getLong("latenessMs");
        holdMs = Math.max(windowMs, config.getLong("holdMs"));
        kinds = new java.util.HashSet<>(config.getList("kinds"));
        if (config.getBoolean("pairBle") && !kinds.contains(Sighting.BLE)) {
            pairing = new BleWifiPairing(config.getLong("pairMemorySeconds") * 1000);
            pairEveryMs = Math.max(intervalMs, 5000 / intervalMs * intervalMs);
        }
        double walkSpeed = config.getDouble("smoothingWalkSpeed");
        walkVariance = walkSpeed * walkSpeed;
        double bleAt1m = config.getDouble("bleRssiAt1m");
        wifiOffsetDb = (int) Math.round(bleAt1m - config.getDouble("wifiRssiAt1m"));
        try {
            method = PositioningMethod.parse(config.getString("method"));
        } catch (IllegalArgumentException e) {
            issue("method", e.getMessage());
            return;
        }
        if (method == PositioningMethod.RADIO_MAP) {
            double cell = config.getDouble("radioMapCellSize");
            double cells = Math.ceil(geometry.plan().width() / cell) * Math.ceil(geometry.plan().height() / cell);
            if (cells > MAX_RADIO_MAP_CELLS) {
                issue("radioMapCellSize", String.format(java.util.Locale.ROOT,
                        "a %.0f × %.0f m floorplan in %.2f m cells is %.0f cells, more than the %d a radio map may have: "
                                + "use cells of at least %.1f m", geometry.plan().width(), geometry.plan().height(), cell, cells,
                        MAX_RADIO_MAP_CELLS, Math.sqrt(geometry.plan().width() * geometry.plan().height() / MAX_RADIO_MAP_CELLS)));
                return;
            }
        }
        PathLossModel model = PathLossModel.DEFAULT.withRefRssi(bleAt1m)
                .withExponent(config.getDouble("pathLossExponent"));
        GridFilterConfig grid = GridFilterConfig.DEFAULT;
        grid = new GridFilterConfig(config.getDouble("gridCellSize"), grid.stepMillis(), grid.lagMillis(),
                grid.walkSpeed(), grid.sigmaDb(), grid.outlierWeight(), grid.resetAfterMillis(),
                grid.offWalkablePerSecond());
        layout = new SensorLayout(sensors);
        positioning = new Positioning(layout, new FloorplanWalkableArea(geometry), model, grid);
        // Other methods' positioners may share state through Positioning: they stay on one worker.
        workers = new PositioningWorkers(method == PositioningMethod.RADIO_MAP ? config.getInt("workerThreads") : 1);
    }

    @Override
    public void process(Batch batch, BatchMaker out) throws StageException {
        for (Record r : batch.records()) {
            SightingValue typed = SightingValue.of(r);
            if (typed != null) {
                Integer index = sensorIndex.get(typed.sensor());
                if (index != null) {
                    observe(out, typed.ts(), typed.device(), typed.kind(), index, typed.rssi());
                    continue;
                }
                // an unknown sensor: reported by the path below
            }
            Field ts = r.get(AnalyticsFields.TS);
            Field device = r.get(AnalyticsFields.DEVICE);
            Field sensor = r.get(AnalyticsFields.SENSOR);
            Field rssi = r.get(AnalyticsFields.RSSI);
            if (ts == null || device == null || sensor == null || rssi == null || !rssi.isNumber()) {
                RecordProcessor.onRecordError(context(), r, "NOT_A_SIGHTING", "needs /ts, /device, /sensor and /rssi");
                continue;
            }
            Integer index = sensorIndex.get(sensor.asString());
            if (index == null) {
                RecordProcessor.onRecordError(context(), r, "UNKNOWN_SENSOR",
                        "sensor '" + sensor.asString() + "' is not on the floorplan");
                continue;
            }
            observe(out, ts.asLong(), device.asString(), r.getString(AnalyticsFields.KIND), index, (int) rssi.asLong());
        }
        emitPlanned(out);
        context().metrics().gauge("trackedDevices", devices.size());
        if (pairing != null) {
            context().metrics().gauge("pairedBle", pairing.pairs());
        }
    }

    /**
     * A sighting of a kind not configured is counted and dropped, except BLE when pairing: that identity is
     * positioned only to be paired with a WiFi one, never output itself.
     */
    private void observe(BatchMaker out, long t, String id, String kind, int index, int rssi) {
        boolean pairOnly = false;
        if (!kinds.contains(kind)) {
            if (pairing == null || !Sighting.BLE.equals(kind)) {
                // Configured away (e.g. BLE, whose addresses are not the same phone's WiFi identity).
                context().metrics().count("otherKinds", 1);
                return;
            }
            pairOnly = true;
        }
        if (t > streamTime) {
            streamTime = t;
            if (nextTick == Long.MIN_VALUE) {
                nextTick = Math.floorDiv(t, intervalMs) * intervalMs + intervalMs;
            }
            planDueTicks(streamTime - latenessMs - lag());
        }
        Map<String, DeviceState> states = pairOnly ? bleDevices : devices;
        DeviceState state = states.get(id);
        if (state == null) {
            int worker = Math.floorMod(id.hashCode(), workers.count());
            state = new DeviceState(id, newPositioner(kind, worker), pairOnly, worker, t);
            states.put(id, state);
        }
        int dbm = rssi;
        if (method != PositioningMethod.RADIO_MAP && Sighting.WIFI.equals(kind)) {
            dbm += wifiOffsetDb;
        }
        if (state.queueObserve(t, index, dbm)) {
            workers.touched(state);
        }
        state.lastHeard = Math.max(state.lastHeard, t);
    }

    private DevicePositioner newPositioner(String kind, int worker) {
        if (method != PositioningMethod.RADIO_MAP) {
            return positioning.newPositioner(method);
        }
        boolean wifi = !Sighting.BLE.equals(kind);
        RadioMapLocator[] locators = radioMaps.computeIfAbsent(wifi ? Sighting.WIFI : Sighting.BLE,
                k -> new RadioMapLocator[workers.count()]);
        if (locators[worker] == null) {
            locators[worker] = locators[0] == null ? buildRadioMap(wifi) : locators[0].forAnotherThread();
            if (worker != 0 && locators[0] == null) {
                locators[0] = locators[worker].forAnotherThread();
            }
        }
        RadioMapLocator locator = locators[worker];
        double speed = radioConfig.getDouble("inZoneWalkSpeed");
        long window = radioConfig.getLong("bleReportWindowMs");
        boolean reports = !wifi && window > 0;
        DevicePositioner p = new RadioMapPositioner(locator, reports ? window : radioConfig.getLong("burstMs"),
                radioConfig.getLong("zoneStaySeconds") * 1000, speed * speed, radioConfig.getLong("smoothingLagMs"),
                radioConfig.getDouble("walkSpeed"), reports);
        maxLag = Math.max(maxLag, p.lagMillis());
        return p;
    }

    private RadioMapLocator buildRadioMap(boolean wifi) {
        RadioModel model = new RadioModel(
                radioConfig.getDouble(wifi ? "wifiRssiAt1m" : "bleRssiAt1m"),
                radioConfig.getDouble("pathLossExponent"),
                radioConfig.getDouble("shadowingSigmaDb"),
                radioConfig.getDouble(wifi ? "wifiFloorDbm" : "bleFloorDbm"),
                radioConfig.getDouble("sensorHeightM"));
        List<Sensor> planSensors = geometry.plan().sensors();
        String kind = wifi ? Sensor.WIFI : Sensor.BLE;
        long started = System.nanoTime();
        RadioMap map = RadioMap.build(geometry, layout, s -> planSensors.get(s).hears(kind), model,
                radioConfig.getDouble("radioMapCellSize"));
        context().metrics().gauge("radioMapMillis", (System.nanoTime() - started) / 1_000_000);
        context().metrics().gauge("radioMapEntries", map.entries());
        long window = radioConfig.getLong("bleReportWindowMs");
        return new RadioMapLocator(map, !wifi && window > 0 ? radioConfig.getInt("bleAdvertsPerReport") : 0);
    }

    @Override
    public void flush(BatchMaker out) throws StageException {
        if (streamTime != Long.MIN_VALUE) {
            planDueTicks(streamTime);
            emitPlanned(out);
        }
    }

    @Override
    public void destroy() {
        if (workers != null) {
            workers.close();
        }
    }

    /** The longest look-ahead of any device's positioner (BLE report windows are longer than WiFi bursts). */
    private long lag() {
        if (maxLag == 0 && !devices.isEmpty()) {
            maxLag = devices.values().iterator().next().tracker.lagMillis();
        }
        return maxLag;
    }

    /**
     * Decides what each due tick does, as the ticks come due between the batch's readings: which devices are
     * forgotten and which are estimated (queued to them, so each device's readings and estimates keep their
     * order). A BLE identity's freshness is judged now, as its later readings would change it.
     */
    private void planDueTicks(long upTo) {
        while (nextTick <= upTo) {
            long tick = nextTick;
            plan.tick(tick);
            if (pairing != null) {
                for (Iterator<DeviceState> it = bleDevices.values().iterator(); it.hasNext(); ) {
                    DeviceState s = it.next();
                    if (s.lastHeard <= tick - holdMs) {
                        it.remove();
                        plan.add(TickPlan.FORGET_BLE, s);
                        continue;
                    }
                    if (s.firstHeard > tick) {
                        continue;
                    }
                    queueEstimate(s, tick);
                    plan.add(s.lastHeard > tick - BLE_FRESH_MS ? TickPlan.BLE_FRESH : TickPlan.BLE_STALE, s);
                }
            }
            for (Iterator<DeviceState> it = devices.values().iterator(); it.hasNext(); ) {
                DeviceState s = it.next();
                if (s.lastHeard <= tick - holdMs) {
                    it.remove();
                    if (pairing != null) {
                        plan.add(TickPlan.FORGET_WIFI, s);
                    }
                    continue;
                }
                if (s.firstHeard > tick) {
                    continue;
                }
                queueEstimate(s, tick);
                plan.add(TickPlan.POSITION, s);
            }
            plan.add(TickPlan.END, null);
            nextTick += intervalMs;
        }
    }

    private void queueEstimate(DeviceState s, long tick) {
        if (s.queueEstimate(tick)) {
            workers.touched(s);
        }
    }

    /**
     * Runs the devices' queued work on the workers, then emits the planned ticks in order: pairs BLE with WiFi
     * identities and writes the positions, devices in the order they were first heard.
     */
    private void emitPlanned(BatchMaker out) throws StageException {
        workers.runAll(walkVariance);
        long tick = 0;
        Map<String, PositionEstimate> bleHere = Map.of();
        List<BleWifiPairing.Estimate> wifiHere = null;
        for (int i = 0; i < plan.size(); i++) {
            DeviceState s = plan.device(i);
            switch (plan.step(i)) {
                case TickPlan.TICK -> {
                    tick = plan.tickAt(i);
                    bleHere = pairing == null ? Map.of() : new HashMap<>();
                    wifiHere = pairing != null && tick % pairEveryMs == 0 ? new ArrayList<>() : null;
                }
                case TickPlan.FORGET_BLE -> pairing.forgetBle(s.id);
                case TickPlan.BLE_FRESH, TickPlan.BLE_STALE -> {
                    PositionEstimate p = s.nextEstimate();
                    if (p != null && plan.step(i) == TickPlan.BLE_FRESH) {
                        bleHere.put(s.id, p);
                    }
                }
                case TickPlan.FORGET_WIFI -> pairing.forgetWifi(s.id);
                case TickPlan.POSITION -> emit(out, tick, s, bleHere, wifiHere);
                case TickPlan.END -> {
                    if (wifiHere != null) {
                        List<BleWifiPairing.Estimate> bleList = new ArrayList<>(bleHere.size());
                        for (Map.Entry<String, PositionEstimate> b : bleHere.entrySet()) {
                            PositionEstimate p = b.getValue();
                            bleList.add(new BleWifiPairing.Estimate(b.getKey(), p.x(), p.y(), p.uncertainty()));
                        }
                        pairing.step(tick, bleList, wifiHere);
                    }
                }
                default -> throw new IllegalStateException("unknown tick step " + plan.step(i));
            }
        }
        plan.clear();
    }

    private void emit(BatchMaker out, long tick, DeviceState s, Map<String, PositionEstimate> bleHere,
                      List<BleWifiPairing.Estimate> wifiHere) {
        PositionEstimate p = s.nextEstimate();
        if (p != null && pairing != null) {
            if (wifiHere != null) {
                wifiHere.add(new BleWifiPairing.Estimate(s.id, p.x(), p.y(), p.uncertainty()));
            }
            String partner = pairing.bleOf(s.id);
            PositionEstimate b = partner == null ? null : bleHere.get(partner);
            if (b != null) {
                p = PositionFusion.fuse(p, b);
            }
        }
        if (p != null) {
            if (s.sourcePrefix == null) {
                s.sourcePrefix = context().instanceName() + "::" + s.id + "@";
            }
            out.add(position(tick, s.id, s.sourcePrefix, p));
        }
    }

    private static Record position(long ts, String device, String sourcePrefix, PositionEstimate p) {
        return new Record(sourcePrefix, ts, new Position(ts, device, round(p.x()), round(p.y()), null,
                round(p.uncertainty())));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
