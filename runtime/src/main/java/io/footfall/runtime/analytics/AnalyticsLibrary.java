package io.footfall.runtime.analytics;

import io.footfall.runtime.analytics.flows.FlowsProcessor;
import io.footfall.runtime.analytics.heatmap.HeatmapProcessor;
import io.footfall.runtime.analytics.identity.IdentityLinkerProcessor;
import io.footfall.runtime.analytics.input.SightingCheckProcessor;
import io.footfall.runtime.analytics.input.SightingsFileOrigin;
import io.footfall.runtime.analytics.output.FlowsFileDestination;
import io.footfall.runtime.analytics.output.HeatmapFileDestination;
import io.footfall.runtime.analytics.output.OutputFiles;
import io.footfall.runtime.analytics.output.PositionsFileDestination;
import io.footfall.runtime.analytics.output.ZoneStatsFileDestination;
import io.footfall.runtime.analytics.privacy.DeviceAnonymizerProcessor;
import io.footfall.runtime.analytics.privacy.KeyRotation;
import io.footfall.runtime.analytics.tracking.PositioningProcessor;
import io.footfall.runtime.analytics.visits.SessionizerProcessor;
import io.footfall.runtime.analytics.zones.ZoneAssignmentProcessor;
import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.ConfigDef.Type;
import io.footfall.runtime.api.RecordKind;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.api.StageLibrary;
import java.util.List;

/** The foot-traffic analytics stages (palette category "Analytics"). Declarations only; logic lives in the stages. */
public final class AnalyticsLibrary implements StageLibrary {
    public static final String CATEGORY = "Analytics";
    public static final String PREFIX = "footfall.analytics.";

    @Override
    public String name() {
        return "Analytics";
    }

    @Override
    public List<StageDefinition> stages() {
        return List.of(sightingsFile(), sightingCheck(), anonymizer(), identityLinker(), positioning(), zones(),
                sessionizer(), flows(), heatmap(), AnalyticsCounterStages.occupancy(), AnalyticsCounterStages.captureRate(),
                AnalyticsCounterStages.visitors(), positionsFile(), zoneStatsFile(), heatmapFile(), flowsFile());
    }

    private static StageDefinition.Builder stage(String id, StageKind kind, String label, String icon) {
        return StageDefinition.builder(PREFIX + id, 1, kind).label(label).icon(icon).category(CATEGORY);
    }

    static ConfigDef integer(String name, String label, long defaultValue, double min, double max, String help) {
        return ConfigDef.builder(name, Type.INTEGER).label(label).defaultValue(defaultValue).range(min, max)
                .description(help).build();
    }

    static ConfigDef decimal(String name, String label, double defaultValue, double min, double max, String help) {
        return ConfigDef.builder(name, Type.DOUBLE).label(label).defaultValue(defaultValue).range(min, max)
                .description(help).build();
    }

    static StageDefinition sightingsFile() {
        return stage("sightingsFile", StageKind.ORIGIN, "Sightings file", "file")
                .records(null, RecordKind.SIGHTINGS)
                .description("Reads a sightings .jsonl file (CONTRACT section 2) straight into sighting records; "
                        + "bad lines go to the error stream with their line number.")
                .config(ConfigDef.builder("path", Type.FILE_PATH).label("File").required()
                        .description("The sightings file, one JSON object per line.").build())
                .factory(SightingsFileOrigin::new).build();
    }

    static StageDefinition sightingCheck() {
        return stage("sightingCheck", StageKind.PROCESSOR, "Sighting check", "check")
                .records(RecordKind.SIGHTINGS, RecordKind.SIGHTINGS)
                .description("Sends sightings from unknown sensors, with RSSI out of range, duplicated or out-of-order "
                        + "timestamps (per sensor and device) to the error stream with the reason.")
                .config(integer("minRssi", "Lowest RSSI (dBm)", -120, -200, 0, "Weaker readings are not physical."))
                .config(integer("maxRssi", "Highest RSSI (dBm)", 0, -200, 50, "Stronger readings are not physical."))
                .config(ConfigDef.builder("requireKnownSensor", Type.BOOLEAN).label("Only floorplan sensors")
                        .defaultValue(true).description("Reject sightings from sensors the floorplan does not list.").build())
                .config(ConfigDef.builder("checkOrder", Type.BOOLEAN).label("Check timestamp order").defaultValue(true)
                        .description("Reject a sighting not newer than the previous one of the same device by the same sensor.")
                        .build())
                .config(integer("forgetAfterSeconds", "Forget devices after (s)", 600, 1, 86_400,
                        "A device silent this long is forgotten by the order check (bounds memory)."))
                .config(StageFloorplans.config())
                .factory(SightingCheckProcessor::new).build();
    }

    static StageDefinition anonymizer() {
        return stage("anonymizer", StageKind.PROCESSOR, "Device anonymizer", "shield")
                .records(RecordKind.SIGHTINGS, RecordKind.SIGHTINGS)
                .description("Replaces device addresses with an HMAC-SHA-256 pseudonym keyed by the salt and the day "
                        + "(by default), so raw addresses never reach a destination.")
                .config(ConfigDef.builder("salt", Type.STRING).label("Salt").defaultValue("")
                        .description("Secret key material; empty: a random salt for this run (pseudonyms then differ "
                                + "between runs).").group("Privacy").build())
                .config(ConfigDef.builder("rotation", Type.CHOICE).label("Key rotation").choices(KeyRotation.class)
                        .defaultValue(KeyRotation.DAILY.name()).group("Privacy")
                        .description("How often pseudonyms change (UTC periods). Repeat visitors can only be "
                                + "recognised within one period.").build())
                .config(integer("hashBytes", "Pseudonym bytes", 8, 4, 32, "Digest bytes kept (hex: twice as many digits)."))
                .config(ConfigDef.builder("field", Type.FIELD_PATH).label("Address field").defaultValue("/device").build())
                .factory(DeviceAnonymizerProcessor::new).build();
    }

    static StageDefinition identityLinker() {
        return stage("identityLinker", StageKind.PROCESSOR, "Randomized address linker", "link")
                .records(RecordKind.SIGHTINGS, RecordKind.SIGHTINGS)
                .description("Follows a phone across its randomized addresses (sequence-number continuity, the RSSI "
                        + "fingerprint of its bursts, where it can have walked); /device becomes the phone's identity, /address keeps the address as heard.")
                .config(integer("linkWindowSeconds", "Link window (s)", 90, 1, 600,
                        "A new address continues one that fell silent at most this long before."))
                .config(integer("maxSeqGap", "Max sequence gap", 4, 1, 2048,
                        "802.11 sequence numbers must continue within this many frames."))
                .config(decimal("maxFingerprintDb", "Max fingerprint difference (dB)", 20, 0, 60,
                        "The new address's first burst must sound like the old one's last: root mean square of the "
                        + "per-sensor RSSI differences over the sensors either reached."))
                .config(integer("forgetAfterSeconds", "Forget addresses after (s)", 600, 10, 86_400,
                        "An address silent this long is forgotten (bounds memory)."))
                .config(decimal("maxWalkSpeed", "Max walking speed (m/s)", 1.3, 0.1, 10,
                        "With a floorplan: a new address must be heard where the old one's phone could have walked to."))
                .config(StageFloorplans.config())
                .factory(IdentityLinkerProcessor::new).build();
    }

    static StageDefinition positioning() {
        return stage("positioning", StageKind.PROCESSOR, "Positioning", "crosshair")
                .records(RecordKind.SIGHTINGS, RecordKind.POSITIONS)
                .description("Estimates each device's position (x, y, uncertainty in meters) every interval from its "
                        + "sightings in a sliding window.")
                .config(ConfigDef.builder("method", Type.CHOICE).label("Method")
                        .choices(io.footfall.runtime.analytics.positioning.PositioningMethod.class)
                        .defaultValue("RADIO_MAP")
                        .description("RADIO_MAP scores each burst against what every sensor should hear (walls included) "
                                + "from every walkable cell of the floorplan, silent sensors too, and follows the zone a "
                                + "device is in; WEIGHTED_CENTROID of the strongest sensors; TRILATERATION on the "
                                + "log-distance model within the walkable area; GRID_FILTER tracks motion on a grid (rooms "
                                + "and small sites: its cost grows with the area).").build())
                .config(ConfigDef.builder("kinds", Type.LIST).label("Radio kinds").defaultValue(List.of("wifi", "ble"))
                        .description("Sightings of these kinds are positioned; others are counted (otherKinds) and "
                                + "dropped by choice. A phone's BLE and WiFi addresses are separate identities.").build())
                .config(integer("intervalMs", "Interval (ms)", 1000, 100, 60_000, "One position per device this often."))
                .config(integer("windowMs", "Window (ms)", 5000, 200, 120_000, "Sightings this recent count."))
                .config(integer("latenessMs", "Allowed lateness (ms)", 0, 0, 60_000,
                        "How long to wait for late sightings before emitting a time's positions (keep it below the "
                        + "method's window, which only holds that much history)."))
                .config(integer("workerThreads", "Worker threads", 1, 1, 64,
                        "RADIO_MAP: devices are positioned on this many threads (the pipeline's and more), each device "
                        + "always on the same one; the positions do not depend on it."))
                .config(integer("holdMs", "Hold (ms)", 30_000, 0, 600_000,
                        "Repeat a device's last position this long after it was last heard (sparse WiFi probes)."))
                .config(decimal("smoothingWalkSpeed", "Smoothing walk speed (m/s)", 1.0, 0, 10,
                        "Kalman smoothing of each device's estimates with a random walk of this speed; 0: off."))
                .config(decimal("bleRssiAt1m", "BLE RSSI at 1 m (dBm)", -59, -120, 0, "Of the log-distance model."))
                .config(decimal("wifiRssiAt1m", "WiFi RSSI at 1 m (dBm)", -40, -120, 0,
                        "Phones probe louder than they advertise over BLE."))
                .config(decimal("pathLossExponent", "Path-loss exponent", 3.0, 1, 6,
                        "Of the log-distance model: 2 in free space, 2.5-4 indoors."))
                .config(decimal("gridCellSize", "Grid cell (m)", 0.25, 0.05, 10, "GRID_FILTER only."))
                .config(decimal("wifiFloorDbm", "WiFi detection floor (dBm)", -92, -130, 0,
                        "RADIO_MAP: sensors report nothing weaker; a silent sensor says the phone is far or behind walls."))
                .config(decimal("bleFloorDbm", "BLE detection floor (dBm)", -100, -130, 0, "RADIO_MAP, as for WiFi."))
                .config(decimal("shadowingSigmaDb", "Shadowing σ (dB)", 4, 0.5, 20,
                        "RADIO_MAP: spread of a single frame's RSSI around the model's mean."))
                .config(decimal("sensorHeightM", "Sensor height above phones (m)", 1.8, 0, 20, "RADIO_MAP."))
                .config(decimal("radioMapCellSize", "Radio map cell (m)", 1.0, 0.25, 10,
                        "RADIO_MAP: resolution of the map; memory and time grow with the walkable area over its square."))
                .config(integer("burstMs", "Burst window (ms)", 1000, 50, 10_000,
                        "RADIO_MAP: readings of a device this close in time are one burst (a probe burst's frames on "
                        + "several channels; the sensors' clocks disagree by a few hundred ms)."))
                .config(integer("zoneStaySeconds", "Zone stay (s)", 300, 1, 86_400,
                        "RADIO_MAP: how long people typically stay in a zone; the zone belief carries over between "
                        + "bursts with this time constant."))
                .config(integer("smoothingLagMs", "Smoothing lag (ms)", 0, 0, 300_000,
                        "RADIO_MAP: wait this long for a device's next burst so a move between zones is drawn as a walk "
                        + "between the two fixes instead of a jump at the second; positions come out this much later."))
                .config(decimal("walkSpeed", "Walking speed (m/s)", 1.3, 0.1, 5,
                        "RADIO_MAP: how fast people walk between zones (smoothing)."))
                .config(decimal("inZoneWalkSpeed", "In-zone walk speed (m/s)", 0.2, 0.01, 10,
                        "RADIO_MAP: how fast a device moves within a zone, for averaging its bursts."))
                .config(integer("bleReportWindowMs", "BLE report window (ms)", 0, 0, 60_000,
                        "RADIO_MAP: BLE sensors that report each device at most once per window (the first advert they "
                        + "hear) instead of every advert; 0: every BLE reading is a frame of a burst, like WiFi."))
                .config(integer("bleAdvertsPerReport", "BLE adverts per report", 8, 1, 100,
                        "RADIO_MAP, with a report window: how many adverts a phone sends in one window (a sensor that "
                        + "reported nothing missed them all)."))
                .config(ConfigDef.builder("pairBle", Type.BOOLEAN).label("Pair BLE with WiFi").defaultValue(false)
                        .description("When BLE is not among the kinds: position BLE identities anyway, pair each with the "
                                + "WiFi identity that keeps the same place (a phone's two radios), and fold its estimate "
                                + "into that identity's positions. Unpaired BLE identities emit nothing.").build())
                .config(integer("pairMemorySeconds", "Pairing memory (s)", 120, 5, 3600,
                        "How long a BLE and a WiFi identity's agreement (or disagreement) counts toward pairing them."))
                .config(StageFloorplans.config())
                .factory(PositioningProcessor::new).build();
    }

    static StageDefinition zones() {
        return stage("zones", StageKind.PROCESSOR, "Zone assignment", "zone")
                .records(RecordKind.POSITIONS, RecordKind.POSITIONS)
                .description("Sets /zone to the floorplan zone containing the position (null outside all zones).")
                .config(StageFloorplans.config())
                .factory(ZoneAssignmentProcessor::new).build();
    }

    static StageDefinition sessionizer() {
        return stage("sessionizer", StageKind.PROCESSOR, "Visits and dwell", "clock")
                .records(RecordKind.POSITIONS, RecordKind.VISITS)
                .description("Cuts positions into visits {device, zone, enter_ts, exit_ts, dwell_s}; open visits are "
                        + "kept across batches and closed at the end.")
                .config(ConfigDef.builder("zoneKinds", Type.LIST).label("Zone kinds").defaultValue(List.of("store", "foodcourt"))
                        .description("Zones of these kinds get visits.").build())
                .config(integer("enterAfterSeconds", "Enter after (s)", 15, 0, 600,
                        "Positions must stay in a zone this long before a visit starts (back-dated)."))
                .config(integer("exitAfterSeconds", "Exit after (s)", 90, 0, 3600,
                        "Time elsewhere that ends a visit; shorter excursions are part of it. Longer than a probe interval "
                                + "(WiFi phones probe every 15-60 s): one misplaced burst holds its zone until the next."))
                .config(integer("timeoutSeconds", "Timeout (s)", 120, 1, 86_400,
                        "A device not positioned this long has left; its visit ends at its last position inside."))
                .config(integer("minDwellSeconds", "Minimum dwell (s)", 30, 0, 86_400, "Shorter stays are walk-throughs."))
                .config(StageFloorplans.config())
                .factory(SessionizerProcessor::new).build();
    }

    static StageDefinition flows() {
        return stage("flows", StageKind.PROCESSOR, "Zone flows", "flow")
                .records(RecordKind.VISITS, RecordKind.FLOWS)
                .description("Counts zone-to-zone transitions between consecutive visits; emits {from_zone, to_zone, "
                        + "count} at the end, k-anonymity applied.")
                .config(integer("maxGapSeconds", "Max gap (s)", 900, 0, 86_400,
                        "Leaving one zone and entering the next within this long is a flow."))
                .config(KAnonymity.config())
                .factory(FlowsProcessor::new).build();
    }

    static StageDefinition heatmap() {
        return stage("heatmap", StageKind.PROCESSOR, "Heatmap", "heatmap")
                .records(RecordKind.POSITIONS, RecordKind.HEATMAP_FRAMES)
                .description("Person-seconds per grid cell, one frame per time bucket for replay and a whole-run frame "
                        + "at the end; k-anonymity applied per frame.")
                .config(decimal("cellSize", "Cell size (m)", 2.0, 0.1, 100, "Side of a square cell."))
                .config(integer("bucketSeconds", "Bucket (s)", 300, 1, 86_400, "Length of a replay frame."))
                .config(integer("maxGapSeconds", "Max gap (s)", 5, 1, 3600,
                        "A position counts until the next one, at most this long."))
                .config(decimal("sampleSeconds", "Last sample (s)", 1.0, 0, 3600,
                        "What a device's last position counts."))
                .config(ConfigDef.builder("emitBuckets", Type.BOOLEAN).label("Emit time buckets").defaultValue(true).build())
                .config(decimal("blurMeters", "Blur (m)", 0, 0, 20,
                        "Spread each position's seconds over the cells around it (Gaussian σ), within its zone: positions "
                        + "are good to a meter or two, so a spike per estimate overstates what is known. 0: no blur."))
                .config(KAnonymity.config())
                .config(ConfigDef.builder("mergeThinCells", Type.BOOLEAN).label("Merge thin cells in their zone")
                        .description("A cell seen by fewer than k devices is not blanked but taken together with the "
                                + "zone's other such cells: when they reach k devices between them, their person-seconds "
                                + "are spread evenly over them. Off: such cells are 0.")
                        .defaultValue(false).group("Privacy").build())
                .config(StageFloorplans.config())
                .factory(HeatmapProcessor::new).build();
    }

    static StageDefinition positionsFile() {
        return stage("positionsFile", StageKind.DESTINATION, "positions.jsonl", "file")
                .records(RecordKind.POSITIONS, null)
                .description("Writes positions, one JSON object per line (CONTRACT section 4).")
                .config(OutputFiles.pathConfig("positions.jsonl"))
                .factory(PositionsFileDestination::new).build();
    }

    static StageDefinition zoneStatsFile() {
        return stage("zoneStatsFile", StageKind.DESTINATION, "zone_stats.csv", "table")
                .records(RecordKind.VISITS, null)
                .description("Writes visits, unique devices and dwell percentiles per store and food court.")
                .config(OutputFiles.pathConfig("zone_stats.csv"))
                .config(KAnonymity.config())
                .config(StageFloorplans.config())
                .factory(ZoneStatsFileDestination::new).build();
    }

    static StageDefinition heatmapFile() {
        return stage("heatmapFile", StageKind.DESTINATION, "heatmap.json", "heatmap")
                .records(RecordKind.HEATMAP_FRAMES, null)
                .description("Writes the whole-run heatmap (CONTRACT section 4).")
                .config(OutputFiles.pathConfig("heatmap.json"))
                .factory(HeatmapFileDestination::new).build();
    }

    static StageDefinition flowsFile() {
        return stage("flowsFile", StageKind.DESTINATION, "flows.csv", "table")
                .records(RecordKind.FLOWS, null)
                .description("Writes zone-to-zone flows (CONTRACT section 4).")
                .config(OutputFiles.pathConfig("flows.csv"))
                .factory(FlowsFileDestination::new).build();
    }
}
