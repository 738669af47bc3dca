package io.footfall.runtime.stages.destination;

import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import io.footfall.runtime.api.Record;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.BiConsumer;

/**
 * Writes records into a series of files {@code <prefix>-<utc time>-<n><extension>} in a directory, rolling
 * to a new file past a size or record count. A file is written as {@code _tmp_<name>} and renamed when
 * complete, so whoever watches the directory (or consumes the "file closed" event) only sees whole files.
 */
final class RollingFileWriter {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    static final String TEMP_PREFIX = "_tmp_";

    private final Path directory;
    private final String prefix;
    private final String extension;
    private final long maxBytes;
    private final long maxRecords;
    private final int bufferBytes;
    private final RecordFormatWriter.Factory format;
    private final Clock clock;
    private final BiConsumer<Path, long[]> onClosed;

    private RecordFormatWriter writer;
    private CountingStream counter;
    private Path tempFile;
    private Path finalFile;
    private long records;
    private int sequence;
    private boolean recovered;

    /**
     * @param maxBytes   roll once a file holds at least this many bytes (0: never)
     * @param maxRecords roll once a file holds this many records (0: never)
     * @param onClosed   told each completed file with {records, bytes}
     */
    RollingFileWriter(Path directory, String prefix, String extension, long maxBytes, long maxRecords, int bufferBytes,
                      RecordFormatWriter.Factory format, Clock clock, BiConsumer<Path, long[]> onClosed) {
        this.directory = directory;
        this.prefix = prefix;
        this.extension = extension;
        this.maxBytes = maxBytes;
        this.maxRecords = maxRecords;
        this.bufferBytes = bufferBytes;
        this.format = format;
        this.clock = clock;
        this.onClosed = onClosed;
    }

    Path directory() {
        return directory;
    }

    void write(Record record) throws IOException {
        if (writer == null) {
            open();
        }
        writer.write(record);
        records++;
        if ((maxRecords > 0 && records >= maxRecords)
                || (maxBytes > 0 && counter.count + Math.max(0, writer.buffered()) >= maxBytes)) {
            close();
        }
    }

    /** Hands everything written so far to the operating system (called once per batch). */
    void flush() throws IOException {
        if (writer != null) {
            writer.flush();
            counter.flush();
        }
    }

    /** Completes the open file, if any: flush, close, rename, notify. */
    void close() throws IOException {
        if (writer == null) {
            return;
        }
        writer.close();
        writer = null;
        Files.move(tempFile, finalFile, StandardCopyOption.ATOMIC_MOVE);
        long bytes = counter.count;
        counter = null;
        onClosed.accept(finalFile, new long[] {records, bytes});
    }

    private void open() throws IOException {
        Files.createDirectories(directory);
        if (!recovered) {
            recoverLeftovers();
            recovered = true;
        }
        String stamp = STAMP.format(Instant.ofEpochMilli(clock.millis()));
        do {
            sequence++;
            finalFile = directory.resolve(prefix + "-" + stamp + "-" + sequence + extension);
            tempFile = directory.resolve(TEMP_PREFIX + finalFile.getFileName());
        } while (Files.exists(finalFile) || Files.exists(tempFile));
        counter = new CountingStream(new BufferedOutputStream(Files.newOutputStream(tempFile), bufferBytes));
        writer = format.open(counter);
        records = 0;
    }

    /**
     * A process killed mid-file leaves a {@code _tmp_} file whose flushed batches were already committed: they
     * must not be stranded where no reader looks. Cut at the last complete line (the torn tail belongs to a batch
     * that was not committed and is produced again) and complete the file like any other.
     */
    private void recoverLeftovers() throws IOException {
        List<Path> leftovers;
        try (Stream<Path> files = Files.list(directory)) {
            leftovers = files.filter(f -> {
                String n = f.getFileName().toString();
                return n.startsWith(TEMP_PREFIX + prefix + "-") && n.endsWith(extension);
            }).sorted().toList();
        }
        for (Path tmp : leftovers) {
            Path done = tmp.resolveSibling(tmp.getFileName().toString().substring(TEMP_PREFIX.length()));
            long records = 0;
            long lastNewline = -1;
            byte[] bytes = Files.readAllBytes(tmp);
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    records++;
                    lastNewline = i;
                }
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.truncate(lastNewline + 1);
                ch.force(true);
            }
            if (Files.exists(done)) {
                continue;
            }
            Files.move(tmp, done, StandardCopyOption.ATOMIC_MOVE);
            onClosed.accept(done, new long[] {records, lastNewline + 1});
        }
    }

    /** Counts the bytes that reach the file buffer (for rolling by size). */
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
