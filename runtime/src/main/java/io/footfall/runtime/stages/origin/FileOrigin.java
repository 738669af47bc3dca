package io.footfall.runtime.stages.origin;

import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.FieldPath;
import io.footfall.runtime.api.Origin;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageException;
import io.footfall.runtime.stages.ConfigReader;
import io.footfall.runtime.stages.csv.CsvRow;
import io.footfall.runtime.stages.csv.Delimiters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads JSON Lines, CSV or plain text files line by line, from one file or a directory, optionally tailing
 * it for new lines and new files. The offset (file, byte position, line number) lets a restarted pipeline
 * resume exactly after the last committed line. A line that cannot be read becomes an error record naming
 * the file and line; the files go on being read. Its configuration is declared in {@link FileOriginDefinition}.
 */
public final class FileOrigin extends AbstractStage implements Origin {
    private FileLister lister;
    private LineDecoder decoder;
    private boolean tail;
    private long pollMillis;
    private int maxLineLength;

    private LineReader reader;
    private Path file;
    private String fileName;
    private String sourcePrefix;
    private long line;
    private String lastOffset;

    @Override
    protected void configure(StageConfig config) {
        ConfigReader c = new ConfigReader(config, this::issue);
        tail = c.bool(FileOriginDefinition.TAIL, false);
        pollMillis = c.longValue(FileOriginDefinition.POLL_MILLIS, 200, 1);
        maxLineLength = (int) c.longValue(FileOriginDefinition.MAX_LINE_LENGTH, 1 << 20, 16);
        String pathText = c.string(FileOriginDefinition.PATH);
        if (pathText != null) {
            Path path = context().baseDirectory().resolve(pathText).toAbsolutePath().normalize();
            if (!tail && !Files.exists(path)) {
                c.issue(FileOriginDefinition.PATH, "no such file or directory: " + path);
            }
            lister = new FileLister(path, c.optionalString(FileOriginDefinition.GLOB, "*"));
        }
        DataFormat format = c.choice(FileOriginDefinition.DATA_FORMAT, DataFormat.class, DataFormat.JSON);
        decoder = switch (format) {
            case JSON -> new LineDecoder.Json();
            case TEXT -> {
                FieldPath textField = c.path(FileOriginDefinition.TEXT_FIELD);
                yield new LineDecoder.Text(textField == null ? FieldPath.of("/text") : textField);
            }
            case CSV -> {
                boolean header = c.bool(FileOriginDefinition.CSV_HEADER, true);
                List<String> columns = config.getList(FileOriginDefinition.CSV_COLUMNS);
                if (!header && columns.isEmpty()) {
                    c.issue(FileOriginDefinition.CSV_COLUMNS, "name the columns when the files have no header line");
                }
                CsvRow csv = new CsvRow(Delimiters.parse(c, FileOriginDefinition.CSV_DELIMITER),
                        c.bool(FileOriginDefinition.CSV_INFER_TYPES, true));
                yield new LineDecoder.Csv(csv, header, header ? null : columns);
            }
        };
    }

    @Override
    public String produce(String lastOffset, int maxBatchSize, BatchMaker out) throws StageException {
        try {
            if (reader == null || lastOffset == null || !lastOffset.equals(this.lastOffset)) {
                resume(FileOffset.parse(lastOffset));
            }
            long deadline = context().clock().millis() + context().maxWaitMillis();
            int produced = 0;
            while (produced < maxBatchSize) {
                if (reader != null && reader.next(!tail)) {
                    produced += onLine(out);
                    continue;
                }
                Optional<Path> next = lister.after(file == null ? "" : file.toString());
                if (next.isPresent()) {
                    // A later file exists, so the current one is complete: take a last line without newline.
                    if (reader != null && tail && reader.next(true)) {
                        produced += onLine(out);
                        continue;
                    }
                    open(next.get(), 0, 0);
                    continue;
                }
                if (!tail) {
                    return produced == 0 ? null : offset();
                }
                long now = context().clock().millis();
                if (produced > 0 || now >= deadline) {
                    break;
                }
                Thread.sleep(Math.min(pollMillis, deadline - now));
            }
            return offset();
        } catch (IOException e) {
            throw new StageException("FILE_READ", "cannot read " + (file == null ? "the input" : file) + ": " + e, e);
        } catch (IllegalArgumentException e) {
            throw new StageException("BAD_OFFSET", e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return offset();
        }
    }

    /** Handles the line the reader is at; returns how many records it added (0 or 1). */
    private int onLine(BatchMaker out) throws StageException, IOException {
        line++;
        if (reader.lineTooLong()) {
            Record r = new Record(sourcePrefix + line);
            context().toError(r, "LINE_TOO_LONG", file + " line " + line + ": longer than " + maxLineLength
                    + " bytes; skipped");
            return 0;
        }
        int length = reader.lineLength();
        if (length == 0) {
            return 0;
        }
        byte[] bytes = reader.lineBuffer();
        int start = reader.lineStart();
        // No root map yet: the decoder sets the parsed tree (or creates the map for a TEXT line).
        Record record = new Record(sourcePrefix, line, Field.nullField());
        try {
            if (line == 1 && decoder.readsHeader()) {
                decoder.header(LineDecoder.text(bytes, start, length));
                return 0;
            }
            decoder.decode(reader, bytes, start, length, record);
        } catch (LineDecoder.BadLine bad) {
            Record r = new Record(sourcePrefix + line);
            r.set("/text", Field.of(LineDecoder.text(bytes, start, length)));
            context().toError(r, bad.code, file + " line " + line + ": " + bad.getMessage());
            return 0;
        }
        out.add(record);
        return 1;
    }

    /** Positions the reader at an offset: a restart, or the first call. */
    private void resume(FileOffset at) throws IOException {
        closeReader();
        if (!at.started()) {
            file = null;
            line = 0;
            return;
        }
        Path p = Path.of(at.path());
        if (Files.isRegularFile(p)) {
            open(p, at.position(), at.line());
            if (at.position() > 0 && decoder.readsHeader()) {
                readHeader(p);
            }
        } else {
            // The file went away (processed and moved or deleted): continue with the next one by name.
            file = p;
            fileName = p.getFileName().toString();
            sourcePrefix = fileName + "::";
            line = at.line();
        }
    }

    private void readHeader(Path p) throws IOException {
        try (LineReader headerReader = new LineReader(p, 0, maxLineLength)) {
            if (headerReader.next(true)) {
                decoder.header(LineDecoder.text(headerReader.lineBuffer(), headerReader.lineStart(),
                        headerReader.lineLength()));
            }
        } catch (LineDecoder.BadLine bad) {
            context().toError(new Record(p.getFileName() + "::1"), bad.code, p + " line 1: " + bad.getMessage());
        }
    }

    private void open(Path p, long position, long lineNumber) throws IOException {
        closeReader();
        reader = new LineReader(p, position, maxLineLength);
        file = p;
        fileName = p.getFileName().toString();
        sourcePrefix = fileName + "::";
        line = lineNumber;
        context().metrics().count("filesOpened", 1);
    }

    private String offset() {
        lastOffset = file == null ? FileOffset.START.toString()
                : new FileOffset(file.toString(), reader == null ? 0 : reader.position(), line).toString();
        return lastOffset;
    }

    private void closeReader() throws IOException {
        decoder.release();
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }

    @Override
    public void destroy() {
        try {
            closeReader();
        } catch (IOException ignored) {
            // Nothing was written; a failing close of a read-only file loses nothing.
        }
    }
}
