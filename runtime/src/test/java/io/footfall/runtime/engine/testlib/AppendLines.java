package io.footfall.runtime.engine.testlib;

import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.Destination;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Test destination: appends {@code /line} of each record to a file and hands it to the OS at the end of
 * every write (so a killed process keeps what was written); emits a "batch-written" event per write.
 */
public final class AppendLines extends AbstractStage implements Destination {
    private Path path;
    private Writer writer;

    @Override
    protected void configure(StageConfig config) {
        path = context().baseDirectory().resolve(config.getString("path"));
    }

    @Override
    public void write(Batch batch) throws StageException {
        if (batch.size() == 0) {
            return;
        }
        try {
            if (writer == null) {
                writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
            for (Record r : batch) {
                writer.write(r.getString("/line"));
                writer.write('\n');
            }
            writer.flush();
        } catch (IOException e) {
            throw new StageException("WRITE", "cannot write " + path + ": " + e.getMessage(), e);
        }
        Record event = context().createEvent("batch-written");
        event.set("/records", Field.of((long) batch.size()));
        event.set("/path", Field.of(path.toString()));
        context().emitEvent(event);
    }

    @Override
    public void destroy() {
        try {
            if (writer != null) {
                writer.close();
            }
        } catch (IOException ignored) {
            // test stage
        }
    }
}
