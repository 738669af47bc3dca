package io.footfall.runtime.analytics.data;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.footfall.runtime.analytics.files.TruthJsonl;
import io.footfall.runtime.analytics.files.TruthRow;
import io.footfall.runtime.sighting.Sighting;
import io.footfall.runtime.sighting.SightingJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns the Boğaziçi data set into the project's own files so it runs through {@code analyze} and
 * {@code evaluate}: {@value #SIGHTINGS} (CONTRACT section 2), {@value #TRUTH} (section 3) and
 * {@value #FLOORPLAN}, a {@code footfall-floorplan/1} plan of the room with its receivers as sensors,
 * and {@value #VISITS} — only its header, since the room is a corridor and visits are counted in
 * stores and food courts.
 *
 * <p>Sightings name the receiver by its alias ({@code sensor10}) and the beacon by its colon address.
 * Truth has one row per distinct reading time of a track, the person being the track's name; the
 * tracks were walked one after another, so one beacon address never means two people at once.
 */
public final class BogaziciConverter {
    public static final String SIGHTINGS = "sightings.jsonl";
    public static final String TRUTH = "truth.jsonl";
    public static final String FLOORPLAN = "floorplan.json";
    public static final String VISITS = "visits.csv";
    /** The one zone of the converted plan: the whole room. */
    public static final String ROOM_ZONE = "room";
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private BogaziciConverter() {
    }

    /** Writes the three files for the given tracks (all of them when {@code tracks} is the data set's list). */
    public static void convert(BogaziciDataset dataset, List<BogaziciTrack> tracks, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        writeSightings(dataset, tracks, outDir.resolve(SIGHTINGS));
        writeTruth(tracks, outDir.resolve(TRUTH));
        writeFloorplan(dataset, outDir.resolve(FLOORPLAN));
        Files.writeString(outDir.resolve(VISITS), "person,zone,enter_ts,exit_ts\n", StandardCharsets.UTF_8);
    }

    public static List<Sighting> sightings(BogaziciDataset dataset, BogaziciTrack track) {
        Map<String, BogaziciReceiver> receivers = dataset.receiversByMac();
        List<Sighting> out = new ArrayList<>(track.readings().size());
        for (BogaziciReading r : track.readings()) {
            BogaziciReceiver receiver = receivers.get(r.receiverMac());
            if (receiver == null) {
                throw new IllegalArgumentException("track " + track.name() + " names receiver " + r.receiverMac()
                        + " which cnf/tetam.dev does not list");
            }
            out.add(new Sighting(r.ts(), receiver.alias(), BogaziciDataset.colonMac(r.beaconMac()), r.rssi(), Sighting.BLE));
        }
        return out;
    }

    /** One truth row per distinct reading time: the camera position that labels those readings. */
    public static List<TruthRow> truth(BogaziciTrack track) {
        List<TruthRow> rows = new ArrayList<>();
        long lastTs = Long.MIN_VALUE;
        for (BogaziciReading r : track.readings()) {
            if (r.ts() != lastTs) {
                rows.add(new TruthRow(r.ts(), track.name(), BogaziciDataset.colonMac(r.beaconMac()), r.x(), r.y(), ROOM_ZONE));
                lastTs = r.ts();
            }
        }
        return rows;
    }

    private static void writeSightings(BogaziciDataset dataset, List<BogaziciTrack> tracks, Path file) throws IOException {
        List<Sighting> all = new ArrayList<>();
        for (BogaziciTrack t : tracks) {
            all.addAll(sightings(dataset, t));
        }
        all.sort(Comparator.comparingLong(Sighting::ts));
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
             JsonGenerator g = FACTORY.createGenerator(w)) {
            g.setRootValueSeparator(null);
            for (Sighting s : all) {
                SightingJson.write(s, g);
                g.writeRaw('\n');
            }
        }
    }

    private static void writeTruth(List<BogaziciTrack> tracks, Path file) throws IOException {
        List<TruthRow> all = new ArrayList<>();
        for (BogaziciTrack t : tracks) {
            all.addAll(truth(t));
        }
        all.sort(Comparator.comparingLong(TruthRow::ts));
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            TruthJsonl.write(all, w);
        }
    }

    /**
     * The room as one corridor zone with the receivers as BLE sensors. Each sensor also carries its
     * mounting {@code height} in meters (an added field): positioning uses it for the slant distance.
     */
    static void writeFloorplan(BogaziciDataset dataset, Path file) throws IOException {
        double w = dataset.roomWidth();
        double h = dataset.roomHeight();
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", "footfall-floorplan/1");
            g.writeStringField("name", "Boğaziçi University BLE test room");
            g.writeNumberField("width", w);
            g.writeNumberField("height", h);
            g.writeArrayFieldStart("zones");
            g.writeStartObject();
            g.writeStringField("id", ROOM_ZONE);
            g.writeStringField("name", "Test room");
            g.writeStringField("kind", "corridor");
            g.writeArrayFieldStart("polygon");
            point(g, 0, 0);
            point(g, w, 0);
            point(g, w, h);
            point(g, 0, h);
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeArrayFieldStart("entrances");
            g.writeStartObject();
            g.writeStringField("id", "door");
            g.writeFieldName("position");
            point(g, 0, h / 2);
            g.writeEndObject();
            g.writeEndArray();
            g.writeArrayFieldStart("sensors");
            for (BogaziciReceiver r : dataset.receivers()) {
                g.writeStartObject();
                g.writeStringField("id", r.alias());
                g.writeFieldName("position");
                point(g, r.x(), r.y());
                g.writeArrayFieldStart("kinds");
                g.writeString(Sighting.BLE);
                g.writeEndArray();
                g.writeNumberField("height", r.z());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void point(JsonGenerator g, double x, double y) throws IOException {
        g.writeStartArray();
        g.writeNumber(x);
        g.writeNumber(y);
        g.writeEndArray();
    }
}
