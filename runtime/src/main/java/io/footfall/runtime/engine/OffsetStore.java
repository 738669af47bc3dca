package io.footfall.runtime.engine;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The origin offset of the last fully written batch, kept in a small JSON file
 * ({@code {"format": "footfall-offset/1", "offset": "..."}}) replaced by atomic rename, so a killed
 * process leaves either the old or the new offset, never half of one. Without a file (an unsaved
 * pipeline in the studio) offsets live only in memory.
 */
public final class OffsetStore {
    public static final String FORMAT = "footfall-offset/1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PREFIX = ("{\"format\":\"" + FORMAT + "\",\"offset\":\"").getBytes(StandardCharsets.UTF_8);
    private static final byte[] SUFFIX = "\"}\n".getBytes(StandardCharsets.UTF_8);

    private final Path file;
    private final Path temp;
    private volatile String committed;

    private OffsetStore(Path file) {
        this.file = file;
        this.temp = file == null ? null : file.resolveSibling(file.getFileName() + ".tmp");
    }

    public static OffsetStore inFile(Path file) {
        return new OffsetStore(file.toAbsolutePath());
    }

    public static OffsetStore inMemory() {
        return new OffsetStore(null);
    }

    /** Reads the committed offset (null when there is none yet). */
    public String load() throws IOException {
        if (file == null || !Files.exists(file)) {
            return committed;
        }
        JsonNode node;
        try {
            node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException("the offset file " + file + " is damaged (" + e.getMessage()
                    + "); delete it to start from the beginning", e);
        }
        if (node == null || !FORMAT.equals(node.path("format").asText())) {
            throw new IOException("the offset file " + file + " is not " + FORMAT + "; delete it to start from the beginning");
        }
        JsonNode offset = node.get("offset");
        committed = offset == null || offset.isNull() ? null : offset.asText();
        return committed;
    }

    /**
     * Replaces the committed offset: the bytes go to a new temporary file that is renamed over the old one.
     * Called once per batch, so it writes directly to a channel rather than through a JSON tree.
     */
    public void commit(String offset) throws IOException {
        if (offset == null) {
            reset();
            return;
        }
        committed = offset;
        if (file == null) {
            return;
        }
        byte[] quoted = JsonStringEncoder.getInstance().quoteAsUTF8(offset);
        ByteBuffer bytes = ByteBuffer.allocate(PREFIX.length + quoted.length + SUFFIX.length);
        bytes.put(PREFIX).put(quoted).put(SUFFIX).flip();
        try {
            writeTemp(bytes);
        } catch (NoSuchFileException e) {
            Files.createDirectories(file.getParent());
            bytes.rewind();
            writeTemp(bytes);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void writeTemp(ByteBuffer bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            while (bytes.hasRemaining()) {
                ch.write(bytes);
            }
        }
    }

    /**
     * Claims the offset for this run: two runs of one pipeline writing the same outputs and offset would
     * corrupt both, so the second is refused while the first holds the lock (released by closing it, or
     * by the operating system when the process dies).
     */
    public AutoCloseable lock() throws IOException {
        if (file == null) {
            return () -> { };
        }
        Files.createDirectories(file.getParent());
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("the pipeline is already running (another run holds " + lockFile + ")");
        }
        FileLock held = lock;
        return () -> {
            held.release();
            channel.close();
        };
    }

    /** Forgets the offset: the next run starts from the beginning. */
    public void reset() throws IOException {
        committed = null;
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    public String committed() {
        return committed;
    }

    /** The file, or null when offsets are kept in memory. */
    public Path file() {
        return file;
    }
}
