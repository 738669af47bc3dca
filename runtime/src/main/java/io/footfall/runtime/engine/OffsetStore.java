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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The origin offset of the last fully written batch, in a small JSON file
 * ({@code {"format": "footfall-offset/1", "source": "...", "offset": "..."}}, the source a fingerprint of
 * the origin's settings) that only ever appears by atomic rename, so a
 * killed process leaves a whole offset, never half of one.
 *
 * <p>At rest the offset is in {@code NAME.offset}. While a run commits batch after batch, each commit is
 * renamed to a new name {@code NAME.offset.<n>} and the previous one deleted: on ext4, renaming over an
 * existing file makes the kernel start writing the new file back, which costs 3–7 times more per commit
 * (see BENCHMARKS.md). Reading takes the highest {@code <n>}; {@link #settle()} at the end of a run puts the
 * offset back in {@code NAME.offset}. Without a file (an unsaved pipeline in the studio) offsets live in memory.
 */
public final class OffsetStore {
    public static final String FORMAT = "footfall-offset/1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] SUFFIX = "\"}\n".getBytes(StandardCharsets.UTF_8);

    private final Path file;
    private final Path temp;
    private byte[] prefix = prefix(null);
    /** What the offset counts in (the origin's settings, as a fingerprint); null when not known. */
    private String source;
    private String discarded;
    private volatile String committed;
    /** The number of the newest {@code NAME.offset.<n>} file, 0 when the offset is at rest in {@code NAME.offset}. */
    private long sequence;

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

    /**
     * Ties the offset to what it counts in: an offset saved for another source (the same pipeline run on another
     * input file, say) is not resumed from, since its line or message number means nothing here.
     */
    public OffsetStore forSource(String fingerprint) {
        source = fingerprint;
        prefix = prefix(fingerprint);
        return this;
    }

    /** Why {@link #load} ignored a saved offset, or null when it did not. */
    public String discarded() {
        return discarded;
    }

    private static byte[] prefix(String source) {
        String sourceField = source == null ? "" : "\"source\":\"" + source + "\",";
        return ("{\"format\":\"" + FORMAT + "\"," + sourceField + "\"offset\":\"").getBytes(StandardCharsets.UTF_8);
    }

    /** Reads the committed offset (null when there is none yet). */
    public String load() throws IOException {
        if (file == null) {
            return committed;
        }
        List<Numbered> numbered = numberedFiles();
        if (!numbered.isEmpty()) {
            Numbered newest = numbered.get(numbered.size() - 1);
            sequence = newest.number();
            committed = read(newest.path());
        } else if (Files.exists(file)) {
            sequence = 0;
            committed = read(file);
        } else {
            committed = null;
        }
        return committed;
    }

    private String read(Path path) throws IOException {
        JsonNode node;
        try {
            node = JSON.readTree(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException("the offset file " + path + " is damaged (" + e.getMessage()
                    + "); delete it to start from the beginning", e);
        }
        if (node == null || !FORMAT.equals(node.path("format").asText())) {
            throw new IOException("the offset file " + path + " is not " + FORMAT + "; delete it to start from the beginning");
        }
        JsonNode saved = node.get("source");
        if (source != null && saved != null && !source.equals(saved.asText())) {
            discarded = "the offset in " + path + " was saved for other origin settings (another input?): "
                    + "starting from the beginning";
            return null;
        }
        JsonNode offset = node.get("offset");
        return offset == null || offset.isNull() ? null : offset.asText();
    }

    /**
     * Records a new committed offset: written to a temporary file, renamed to the next numbered name, then the
     * previous one deleted. Called once per batch, so it writes bytes directly rather than through a JSON tree.
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
        ByteBuffer bytes = ByteBuffer.allocate(prefix.length + quoted.length + SUFFIX.length);
        bytes.put(prefix).put(quoted).put(SUFFIX).flip();
        try {
            writeTemp(bytes);
        } catch (NoSuchFileException e) {
            Files.createDirectories(file.getParent());
            bytes.rewind();
            writeTemp(bytes);
        }
        long next = sequence + 1;
        Files.move(temp, numbered(next), StandardCopyOption.ATOMIC_MOVE);
        // Only now is the older copy redundant: a kill between the two steps leaves both, and load takes the newer.
        Files.deleteIfExists(sequence == 0 ? file : numbered(sequence));
        sequence = next;
    }

    private void writeTemp(ByteBuffer bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            while (bytes.hasRemaining()) {
                ch.write(bytes);
            }
        }
    }

    /** Puts the committed offset back at rest in {@code NAME.offset} (once, at the end of a run). */
    public void settle() throws IOException {
        if (file == null || sequence == 0) {
            return;
        }
        Files.move(numbered(sequence), file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        sequence = 0;
        for (Numbered stale : numberedFiles()) {
            Files.deleteIfExists(stale.path());
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
            Files.deleteIfExists(temp);
            for (Numbered n : numberedFiles()) {
                Files.deleteIfExists(n.path());
            }
            sequence = 0;
        }
    }

    public String committed() {
        return committed;
    }

    /** The file the offset rests in, or null when offsets are kept in memory. */
    public Path file() {
        return file;
    }

    private Path numbered(long n) {
        return file.resolveSibling(file.getFileName() + "." + n);
    }

    private record Numbered(Path path, long number) {
    }

    /** The {@code NAME.offset.<n>} files, oldest first. */
    private List<Numbered> numberedFiles() throws IOException {
        Path dir = file.getParent();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        String prefix = file.getFileName() + ".";
        List<Numbered> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(p -> {
                String name = p.getFileName().toString();
                int digits = name.length() - prefix.length();
                if (name.startsWith(prefix) && digits > 0 && digits < 19
                        && name.substring(prefix.length()).chars().allMatch(Character::isDigit)) {
                    found.add(new Numbered(p, Long.parseLong(name.substring(prefix.length()))));
                }
            });
        }
        found.sort(Comparator.comparingLong(Numbered::number));
        return found;
    }
}
