package io.footfall.runtime.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import io.footfall.runtime.api.Header;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.stages.json.FieldJson;
import java.io.IOException;
import java.util.Map;

/** The error stream's line format, shared with the {@code footfall.destination.errorFile} stage. */
public final class RecordJsonWriter {

    private RecordJsonWriter() {
    }

    /**
     * One error-stream line: {@code {"record": <fields>, "errorStage", "errorCode", "errorMessage", "errorTs",
     * "sourceId", "stagesPassed": [...], "attributes": {...} (when there are any)}}.
     */
    public static void writeErrorRecord(JsonGenerator g, Record r) throws IOException {
        Header h = r.header();
        g.writeStartObject();
        g.writeFieldName("record");
        FieldJson.write(r.root(), g);
        g.writeStringField("errorStage", h.errorStage());
        g.writeStringField("errorCode", h.errorCode());
        g.writeStringField("errorMessage", h.errorMessage());
        g.writeNumberField("errorTs", h.errorTimestamp());
        g.writeStringField("sourceId", h.sourceId());
        g.writeArrayFieldStart("stagesPassed");
        for (String s : h.stagesPassed()) {
            g.writeString(s);
        }
        g.writeEndArray();
        if (!h.attributes().isEmpty()) {
            g.writeObjectFieldStart("attributes");
            for (Map.Entry<String, String> e : h.attributes().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
