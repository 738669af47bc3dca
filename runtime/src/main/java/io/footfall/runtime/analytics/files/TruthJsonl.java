package io.footfall.runtime.analytics.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes {@code truth.jsonl}, one {@link TruthRow} per line, with Jackson's streaming API. */
public final class TruthJsonl {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private TruthJsonl() {
    }

    public static void write(TruthRow row, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("ts", row.ts());
        g.writeStringField("person", row.person());
        g.writeStringField("device", row.device());
        g.writeNumberField("x", row.x());
        g.writeNumberField("y", row.y());
        g.writeStringField("zone", row.zone());
        g.writeEndObject();
    }

    public static void write(Iterable<TruthRow> rows, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setRootValueSeparator(null);
            for (TruthRow row : rows) {
                write(row, g);
                g.writeRaw('\n');
            }
        }
    }

    /** Every row of the file; a bad line fails with the file, line and problem in the message. */
    public static List<TruthRow> read(Path file) throws IOException {
        List<TruthRow> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    rows.add(parse(line));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ":" + lineNo + ": " + e.getMessage(), e);
                }
            }
        }
        return rows;
    }

    public static TruthRow parse(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("expected a JSON object");
            }
            Long ts = null;
            String person = null;
            String device = null;
            Double x = null;
            Double y = null;
            String zone = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                switch (name) {
                    case "ts" -> ts = JsonFields.integer(p, v, name);
                    case "person" -> person = JsonFields.text(p, v, name, true);
                    case "device" -> device = JsonFields.text(p, v, name, false);
                    case "x" -> x = JsonFields.number(p, v, name);
                    case "y" -> y = JsonFields.number(p, v, name);
                    case "zone" -> zone = JsonFields.text(p, v, name, false);
                    default -> p.skipChildren();
                }
            }
            JsonFields.require(ts, "ts");
            JsonFields.require(person, "person");
            JsonFields.require(x, "x");
            JsonFields.require(y, "y");
            return new TruthRow(ts, person, device, x, y, zone);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
