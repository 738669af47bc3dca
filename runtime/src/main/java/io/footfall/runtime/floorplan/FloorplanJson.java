package io.footfall.runtime.floorplan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads and saves {@code footfall-floorplan/1} files (CONTRACT.md section 1). Loading collects every
 * structural problem with its JSON path, then runs {@link FloorplanValidator}; any problem refuses the
 * whole file with one {@link FloorplanException}. Saving writes a stable key order, one zone, wall,
 * entrance or sensor per line, so that floorplans diff well.
 */
public final class FloorplanJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private FloorplanJson() {
    }

    /** Reads and validates a floorplan file; the exception names this path. */
    public static Floorplan load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FloorplanException(file.toString(), List.of(new FloorplanProblem("$", "cannot read the file: " + e)));
        }
        return parse(text, file.toString());
    }

    /** Reads and validates a floorplan held in memory; {@code source} names it in error messages. */
    public static Floorplan parse(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            String at = where == null ? "" : " at line " + where.getLineNr() + " column " + where.getColumnNr();
            throw new FloorplanException(source, List.of(new FloorplanProblem("$", "malformed JSON" + at + ": " + e.getOriginalMessage())));
        }
        if (root == null || root.isMissingNode()) {
            throw new FloorplanException(source, List.of(new FloorplanProblem("$", "the file is empty")));
        }
        FloorplanTreeReader reader = new FloorplanTreeReader();
        Floorplan plan = reader.read(root);
        if (!reader.problems().isEmpty()) {
            throw new FloorplanException(source, reader.problems());
        }
        FloorplanValidator.requireValid(plan, source);
        return plan;
    }

    public static void save(Floorplan plan, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(plan, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static String toJson(Floorplan plan) {
        StringWriter out = new StringWriter();
        write(plan, out);
        return out.toString();
    }

    public static void write(Floorplan plan, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new FloorplanPrettyPrinter());
            writePlan(plan, g);
            g.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writePlan(Floorplan plan, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", Floorplan.FORMAT);
        g.writeStringField("name", plan.name());
        writeNumberField(g, "width", plan.width());
        writeNumberField(g, "height", plan.height());
        g.writeArrayFieldStart("zones");
        for (Zone z : plan.zones()) {
            g.writeStartObject();
            g.writeStringField("id", z.id());
            g.writeStringField("name", z.name());
            g.writeStringField("kind", z.kind().jsonName());
            g.writeFieldName("polygon");
            writePoints(g, z.polygon());
            if (!z.entrances().isEmpty()) {
                g.writeFieldName("entrances");
                writePoints(g, z.entrances());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!plan.walls().isEmpty()) {
            g.writeArrayFieldStart("walls");
            for (Wall w : plan.walls()) {
                g.writeStartObject();
                g.writeFieldName("from");
                writePoint(g, w.from());
                g.writeFieldName("to");
                writePoint(g, w.to());
                writeNumberField(g, "attenuationDb", w.attenuationDb());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart("entrances");
        for (MallEntrance e : plan.entrances()) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeFieldName("position");
            writePoint(g, e.position());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("sensors");
        for (Sensor s : plan.sensors()) {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeFieldName("position");
            writePoint(g, s.position());
            g.writeArrayFieldStart("kinds");
            for (String k : s.kinds()) {
                g.writeString(k);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        if (plan.background() != null) {
            g.writeObjectFieldStart("background");
            g.writeStringField("image", plan.background().image());
            writeNumberField(g, "metersPerPixel", plan.background().metersPerPixel());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writePoints(JsonGenerator g, List<Point> points) throws IOException {
        g.writeStartArray();
        for (Point p : points) {
            writePoint(g, p);
        }
        g.writeEndArray();
    }

    private static void writePoint(JsonGenerator g, Point p) throws IOException {
        g.writeStartArray();
        writeNumber(g, p.x());
        writeNumber(g, p.y());
        g.writeEndArray();
    }

    private static void writeNumberField(JsonGenerator g, String name, double value) throws IOException {
        g.writeFieldName(name);
        writeNumber(g, value);
    }

    /** Whole meters are written without a fraction, as people write them by hand. */
    private static void writeNumber(JsonGenerator g, double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            g.writeNumber((long) value);
        } else {
            g.writeNumber(value);
        }
    }
}
