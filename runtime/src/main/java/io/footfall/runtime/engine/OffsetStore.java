package io.footfall.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The origin offset of the last fully written batch, kept in a small JSON file
 * ({@code {"format": "footfall-offset/1", "offset": "..."}}) replaced by atomic rename, so a killed
 * process leaves either the old or the new offset, never half of one. Without a file (an unsaved
 * pipeline in the studio) offsets live only in memory.
 */
public final class OffsetStore {
    public static final String FORMAT = "footfall-offset/1";
    private static final ObjectMapper JSON = new ObjectMapper();

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

    public void commit(String offset) throws IOException {
        committed = offset;
        if (file == null) {
            return;
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("format", FORMAT);
        node.put("offset", offset);
        Files.createDirectories(file.getParent());
        Files.writeString(temp, JSON.writeValueAsString(node) + "\n", StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
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
