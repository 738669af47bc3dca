package io.footfall.runtime.stages.destination;

import com.fasterxml.jackson.core.JsonGenerator;
import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.Destination;
import io.footfall.runtime.api.Header;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageException;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.stages.ConfigReader;
import io.footfall.runtime.stages.json.FieldJson;
import java.io.IOException;

/**
 * The pipeline's error stream on disk: one JSON object per failed record with the record's fields and why it
 * failed ({@code record, errorStage, errorCode, errorMessage, errorTs, sourceId, stagesPassed}). The runner's
 * default error destination; like other destinations it writes nothing while previewing.
 */
public final class ErrorFileDestination extends AbstractStage implements Destination {
    public static final String ID = "footfall.destination.errorFile";

    public static final StageDefinition DEFINITION = build();

    private static StageDefinition build() {
        StageDefinition.Builder b = StageDefinition.builder(ID, 1, StageKind.DESTINATION)
                .label("Error file")
                .description("Writes error records with their error (stage, code, message, time, source) as "
                        + "JSON Lines; the pipeline's default error stream.")
                .icon("alert")
                .producesEvents();
        RollingFiles.configs("errors", "errors").forEach(b::config);
        return b.factory(ErrorFileDestination::new).build();
    }

    private RollingFileWriter files;

    @Override
    protected void configure(StageConfig config) {
        files = RollingFiles.create(new ConfigReader(config, this::issue), context(), ".jsonl",
                JsonLinesWriter.factory(ErrorFileDestination::writeEnvelope));
    }

    static void writeEnvelope(Record record, JsonGenerator g) throws IOException {
        Header h = record.header();
        g.writeStartObject();
        g.writeFieldName("record");
        FieldJson.write(record.root(), g);
        g.writeStringField("errorStage", h.errorStage());
        g.writeStringField("errorCode", h.errorCode());
        g.writeStringField("errorMessage", h.errorMessage());
        g.writeNumberField("errorTs", h.errorTimestamp());
        g.writeStringField("sourceId", h.sourceId());
        g.writeArrayFieldStart("stagesPassed");
        for (String stage : h.stagesPassed()) {
            g.writeString(stage);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    @Override
    public void write(Batch batch) throws StageException {
        if (context().isPreview() || batch.size() == 0) {
            return;
        }
        try {
            for (Record r : batch.records()) {
                files.write(r);
            }
            files.flush();
        } catch (IOException e) {
            throw new StageException("FILE_WRITE", "cannot write error records to " + files.directory() + ": " + e, e);
        }
    }

    @Override
    public void destroy() {
        RollingFiles.closeQuietly(files, context());
    }
}
