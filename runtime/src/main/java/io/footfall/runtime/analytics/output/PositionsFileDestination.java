package io.footfall.runtime.analytics.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.footfall.runtime.analytics.AnalyticsFields;
import io.footfall.runtime.analytics.Position;
import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.Destination;
import io.footfall.runtime.api.SharedInput;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.RecordProcessor;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes positions.jsonl (CONTRACT section 4): one {@code {"ts", "device", "x", "y", "zone", "uncertainty"}}
 * object per line, streamed (a run's positions never sit in memory), flushed at the end of every batch.
 */
public final class PositionsFileDestination extends AbstractStage implements Destination, SharedInput {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private Path file;
    private OutputStream out;
    private JsonGenerator json;
    private long written;
    private static final int MAX_QUOTED = 20_000;
    private final Map<String, SerializedString> quoted = new HashMap<>();

    @Override
    protected void configure(StageConfig config) {
        file = OutputFiles.resolve(context(), config.getString("path"));
        if (context().isPreview()) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            // Bytes straight from Jackson's UTF-8 generator: no char buffer and encoder in between.
            out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
            json.setPrettyPrinter(new com.fasterxml.jackson.core.util.MinimalPrettyPrinter("\n"));
        } catch (IOException e) {
            issue("path", "cannot write " + file + ": " + e.getMessage());
        }
    }

    @Override
    public void write(Batch batch) throws StageException {
        if (json == null) {
            return;
        }
        try {
            for (Record r : batch.records()) {
                Position p = Position.of(r);
                if (p != null) {
                    write(p.ts(), p.device(), p.x(), p.y(), p.zone());
                    json.writeNumberField("uncertainty", p.uncertainty());
                    json.writeEndObject();
                    written++;
                    continue;
                }
                Field ts = r.get(AnalyticsFields.TS);
                Field x = r.get(AnalyticsFields.X);
                Field y = r.get(AnalyticsFields.Y);
                Field device = r.get(AnalyticsFields.DEVICE);
                if (ts == null || x == null || y == null || device == null || !x.isNumber() || !y.isNumber()) {
                    RecordProcessor.onRecordError(context(), r, "NOT_A_POSITION", "needs /ts, /device, /x and /y");
                    continue;
                }
                write(ts.asLong(), device.asString(), x.asDouble(), y.asDouble(), r.getString(AnalyticsFields.ZONE));
                Field u = r.get(AnalyticsFields.UNCERTAINTY);
                if (u != null && u.isNumber()) {
                    json.writeNumberField("uncertainty", u.asDouble());
                }
                json.writeEndObject();
                written++;
            }
            json.flush();
        } catch (IOException e) {
            throw new StageException("WRITE_FAILED", "cannot write " + file + ": " + e.getMessage());
        }
    }

    /** A line up to its uncertainty. */
    private void write(long ts, String device, double x, double y, String zone) throws IOException {
        json.writeStartObject();
        json.writeNumberField("ts", ts);
        writeString("device", device);
        json.writeNumberField("x", x);
        json.writeNumberField("y", y);
        writeString("zone", zone);
    }

    /** As {@link JsonGenerator#writeStringField}, the value's quoted bytes from {@link #quoted}. */
    private void writeString(String name, String value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(quoted(value));
        }
    }

    /**
     * The string with its JSON-quoted UTF-8 bytes kept: a device has a position every second and there are a few
     * dozen zones, so each is encoded once instead of once per line. Forgotten wholesale past
     * {@value #MAX_QUOTED} strings, so memory stays bounded by the devices present.
     */
    private SerializedString quoted(String s) {
        SerializedString q = quoted.get(s);
        if (q == null) {
            if (quoted.size() >= MAX_QUOTED) {
                quoted.clear();
            }
            q = new SerializedString(s);
            quoted.put(s, q);
        }
        return q;
    }

    @Override
    public void destroy() {
        try {
            if (json != null) {
                if (written > 0) {
                    json.writeRaw('\n');
                }
                json.close();
            }
        } catch (IOException ignored) {
            // the last flush failed too; write() already reported it
        }
    }
}
