package io.footfall.runtime.engine.testlib;

import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.Destination;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Test destination: appends {@code /line} of each record to a file, a whole batch in one write call, so a
 * killed process leaves whole lines (what the kill-and-resume test counts); emits a "batch-written" event per write.
 */
public final class AppendLines extends AbstractStage implements Destination {
    private Path path;
    private FileChannel channel;

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
            if (channel == null) {
                channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND);
            }
            StringBuilder text = new StringBuilder();
            for (Record r : batch) {
                text.append(r.getString("/line")).append('\n');
            }
            ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
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
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // test stage
        }
    }
}
