package io.footfall.runtime.engine.testlib;

import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Origin;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test origin: one record per line of a text file ({@code /line}, {@code /n}); the offset is the line count read. */
public final class LinesOrigin extends AbstractStage implements Origin {
    private Path path;
    private long delayMillis;
    private BufferedReader reader;
    private long position;

    @Override
    protected void configure(StageConfig config) {
        path = context().baseDirectory().resolve(config.getString("path"));
        delayMillis = config.getLong("delayMillis");
        if (!Files.isRegularFile(path)) {
            issue("path", "no file " + path);
        }
        TestStageLibrary.log(context().instanceName() + ":init");
    }

    @Override
    public String produce(String lastOffset, int maxBatchSize, BatchMaker out) throws StageException {
        try {
            long start = lastOffset == null ? 0 : Long.parseLong(lastOffset);
            if (reader == null || position != start) {
                if (reader != null) {
                    reader.close();
                }
                reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                position = 0;
                while (position < start && reader.readLine() != null) {
                    position++;
                }
            }
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            int n = 0;
            String line;
            while (n < maxBatchSize && (line = reader.readLine()) != null) {
                position++;
                Record r = new Record(path.getFileName() + ":" + position);
                r.set("/line", Field.of(line));
                r.set("/n", Field.of(position));
                out.add(r);
                n++;
            }
            return n == 0 ? null : Long.toString(position);
        } catch (IOException e) {
            throw new StageException("READ", "cannot read " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Long.toString(position);
        }
    }

    @Override
    public void destroy() {
        TestStageLibrary.log(context().instanceName() + ":destroy");
        try {
            if (reader != null) {
                reader.close();
            }
        } catch (IOException ignored) {
            // test stage
        }
    }
}
