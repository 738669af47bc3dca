package io.footfall.simulator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.footfall.runtime.sighting.Sighting;
import io.footfall.runtime.sighting.SightingJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes sightings.jsonl, truth.jsonl and visits.csv (CONTRACT sections 2 and 3) into a directory. */
public final class SimulationFiles implements SimulationOutput {
    public static final String SIGHTINGS = "sightings.jsonl";
    public static final String TRUTH = "truth.jsonl";
    public static final String VISITS = "visits.csv";
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final int BUFFER = 1 << 20;

    private final JsonGenerator sightings;
    private final JsonGenerator truth;
    private final Writer visits;

    public SimulationFiles(Path dir) throws IOException {
        Files.createDirectories(dir);
        sightings = lines(dir.resolve(SIGHTINGS));
        truth = lines(dir.resolve(TRUTH));
        visits = writer(dir.resolve(VISITS));
        visits.write("person,zone,enter_ts,exit_ts\n");
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER);
    }

    /** One JSON object per line: the generator puts a newline between root values. */
    private static JsonGenerator lines(Path file) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(writer(file));
        g.setRootValueSeparator(new SerializedString("\n"));
        return g;
    }

    @Override
    public void sighting(Sighting s, long deliveryDelayMs) throws IOException {
        SightingJson.write(s, sightings);
    }

    @Override
    public void truth(long ts, String person, String device, String ble, double x, double y, String zone) throws IOException {
        truth.writeStartObject();
        truth.writeNumberField("ts", ts);
        truth.writeStringField("person", person);
        truth.writeStringField("device", device);
        truth.writeNumberField("x", x);
        truth.writeNumberField("y", y);
        truth.writeStringField("zone", zone);
        if (ble != null) {
            truth.writeStringField("ble", ble);
        }
        truth.writeEndObject();
    }

    @Override
    public void visit(Visit v) throws IOException {
        visits.write(v.person() + "," + v.zone() + "," + v.enterMs() + "," + v.exitMs() + "\n");
    }

    @Override
    public void close() throws IOException {
        try (Writer v = visits; JsonGenerator t = truth; JsonGenerator s = sightings) {
            endLine(s);
            endLine(t);
        }
    }

    private static void endLine(JsonGenerator g) throws IOException {
        if (g.getOutputContext().getEntryCount() > 0) {
            g.writeRaw('\n');
        }
    }
}
