package io.footfall.simulator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
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
    private final Writer truth;
    private final StringBuilder line = new StringBuilder(160);
    private long truthRows;
    private char[] chars = new char[256];
    private final Writer visits;

    public SimulationFiles(Path dir) throws IOException {
        Files.createDirectories(dir);
        sightings = lines(dir.resolve(SIGHTINGS));
        truth = writer(dir.resolve(TRUTH));
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

    /**
     * Written by hand rather than through a JSON generator: truth is the bulk of the output (a row per
     * person and second), and positions are whole centimeters, so they print as exact short decimals.
     */
    @Override
    public void truth(long ts, String person, String device, String ble, double x, double y, String zone) throws IOException {
        StringBuilder b = line;
        b.setLength(0);
        if (truthRows++ > 0) {
            b.append('\n');
        }
        b.append("{\"ts\":").append(ts).append(",\"person\":");
        string(b, person);
        b.append(",\"device\":");
        string(b, device);
        b.append(",\"x\":");
        centimeters(b, x);
        b.append(",\"y\":");
        centimeters(b, y);
        b.append(",\"zone\":");
        string(b, zone);
        if (ble != null) {
            b.append(",\"ble\":");
            string(b, ble);
        }
        b.append('}');
        int length = b.length();
        if (chars.length < length) {
            chars = new char[length * 2];
        }
        b.getChars(0, length, chars, 0);
        truth.write(chars, 0, length);
    }

    private static void string(StringBuilder b, String s) {
        if (s == null) {
            b.append("null");
            return;
        }
        b.append('"');
        if (needsEscaping(s)) {
            b.append(JsonStringEncoder.getInstance().quoteAsString(s));
        } else {
            b.append(s);
        }
        b.append('"');
    }

    private static boolean needsEscaping(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20) {
                return true;
            }
        }
        return false;
    }

    /** A coordinate rounded to the centimeter: "12.35", "12.3", "12", "-0.05". */
    static void centimeters(StringBuilder b, double v) {
        long cents = Math.round(v * 100);
        if (cents < 0) {
            b.append('-');
            cents = -cents;
        }
        b.append(cents / 100);
        int frac = (int) (cents % 100);
        if (frac != 0) {
            b.append('.').append((char) ('0' + frac / 10));
            if (frac % 10 != 0) {
                b.append((char) ('0' + frac % 10));
            }
        }
    }

    @Override
    public void visit(Visit v) throws IOException {
        visits.write(v.person() + "," + v.zone() + "," + v.enterMs() + "," + v.exitMs() + "\n");
    }

    @Override
    public void close() throws IOException {
        try (Writer v = visits; Writer t = truth; JsonGenerator s = sightings) {
            endLine(s);
            if (truthRows > 0) {
                t.write('\n');
            }
        }
    }

    private static void endLine(JsonGenerator g) throws IOException {
        if (g.getOutputContext().getEntryCount() > 0) {
            g.writeRaw('\n');
        }
    }
}
