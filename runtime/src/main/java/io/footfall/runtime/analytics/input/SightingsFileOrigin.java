package io.footfall.runtime.analytics.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Origin;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageException;
import io.footfall.runtime.sighting.Sighting;
import io.footfall.runtime.sighting.SightingJson;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a sightings {@code .jsonl} file straight into sighting records with Jackson's streaming parser,
 * skipping the generic text-line and JSON-parser stages: this is the hot path of {@code footfall analyze}.
 * The offset is the number of lines consumed, so a restarted pipeline resumes after the last committed one.
 * A line that is not a sighting goes to the error stream with the file, line number and reason.
 */
public final class SightingsFileOrigin extends AbstractStage implements Origin {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private Path file;
    private InputStream in;
    private JsonParser parser;
    private long linesRead;
    /** Lines skipped before the parser started (its line numbers restart at 1). */
    private long lineBase;
    private String sourceName;
    /** {@code file::}: a sighting's source id is this plus its line, built only when someone asks for it. */
    private String sourcePrefix;

    @Override
    protected void configure(StageConfig config) {
        String path = config.getString("path");
        if (path == null || path.isBlank()) {
            issue("path", "is required");
            return;
        }
        file = context().baseDirectory().resolve(path);
        if (!Files.isReadable(file)) {
            issue("path", "file " + file + " does not exist or cannot be read");
        }
        sourceName = file.getFileName().toString();
        sourcePrefix = sourceName + "::";
    }

    @Override
    public String produce(String lastOffset, int maxBatchSize, BatchMaker out) throws StageException {
        try {
            if (parser == null) {
                open(lastOffset == null ? 0 : Long.parseLong(lastOffset));
            }
            int produced = 0;
            while (produced < maxBatchSize) {
                JsonToken t = parser.nextToken();
                if (t == null) {
                    return null;
                }
                long line = lineBase + parser.currentTokenLocation().getLineNr();
                produced++;
                try {
                    Sighting s = SightingJson.read(parser);
                    out.add(SightingRecords.toRecord(sourcePrefix, line, s));
                } catch (IllegalArgumentException e) {
                    reportBadLine(line, e.getMessage());
                    skipRestOfValue();
                }
                linesRead = line;
            }
            return Long.toString(linesRead);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // Malformed JSON leaves the streaming parser in an unknown place: report it and restart after the line.
            long line = e.getLocation() == null ? linesRead + 1 : lineBase + e.getLocation().getLineNr();
            reportBadLine(line, "malformed JSON: " + e.getOriginalMessage());
            closeQuietly();
            try {
                open(line);
            } catch (IOException io) {
                throw new StageException("READ_FAILED", "cannot read " + file + ": " + io.getMessage());
            }
            return Long.toString(line);
        } catch (IOException e) {
            throw new StageException("READ_FAILED", "cannot read " + file + ": " + e.getMessage());
        }
    }

    private void reportBadLine(long line, String reason) {
        Record bad = new Record(sourceName + "::" + line);
        bad.set("/file", Field.of(file.toString()));
        bad.set("/line", Field.of(line));
        context().metrics().count("badLines", 1);
        context().toError(bad, "BAD_SIGHTING", file + ": line " + line + ": " + reason);
    }

    /** After a rejected value: move to its end so the next line's value starts cleanly. */
    private void skipRestOfValue() throws IOException {
        if (parser.currentToken() != null && parser.currentToken().isStructStart()) {
            parser.skipChildren();
        }
        while (parser.getParsingContext().inObject() || parser.getParsingContext().inArray()) {
            if (parser.nextToken() == null) {
                return;
            }
        }
    }

    /** Opens the file positioned after {@code skipLines} lines. */
    private void open(long skipLines) throws IOException {
        in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        long skipped = 0;
        while (skipped < skipLines) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            if (b == '\n') {
                skipped++;
            }
        }
        parser = FACTORY.createParser(in);
        linesRead = skipLines;
        lineBase = skipLines;
    }

    private void closeQuietly() {
        try {
            if (parser != null) {
                parser.close();
            }
            if (in != null) {
                in.close();
            }
        } catch (IOException ignored) {
            // closing a read-only file cannot lose data
        }
        parser = null;
        in = null;
    }

    @Override
    public void destroy() {
        closeQuietly();
    }
}
