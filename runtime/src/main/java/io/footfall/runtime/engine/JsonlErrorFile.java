package io.footfall.runtime.engine;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The default error stream: one JSON object per failed record appended to a file (see
 * {@link RecordJsonWriter#writeErrorRecord}). The file is created on the first error only.
 */
final class JsonlErrorFile implements ErrorStream {
    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;
    private OutputStream out;
    private JsonGenerator generator;

    JsonlErrorFile(Path file) {
        this.file = file;
    }

    @Override
    public void write(List<Record> errors) throws StageException {
        if (errors.isEmpty()) {
            return;
        }
        try {
            if (generator == null) {
                Path dir = file.toAbsolutePath().getParent();
                if (dir != null) {
                    Files.createDirectories(dir);
                }
                out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND), 1 << 16);
                generator = JSON.createGenerator(out, JsonEncoding.UTF8);
                generator.setRootValueSeparator(null);
            }
            for (Record r : errors) {
                RecordJsonWriter.writeErrorRecord(generator, r);
                generator.writeRaw('\n');
            }
            // Handed to the OS before the offset is committed, so a killed process loses none of them.
            generator.flush();
        } catch (IOException e) {
            throw new StageException("ERROR_FILE", "cannot write the error file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return file.toString();
    }

    @Override
    public void close() {
        try {
            if (generator != null) {
                generator.close();
            }
        } catch (IOException ignored) {
            // Everything was flushed after each batch; a failing close loses nothing.
        }
    }
}
