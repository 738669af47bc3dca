package io.footfall.app.files;

import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineFormatException;
import io.footfall.runtime.pipeline.PipelineJson;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * Keeps a copy of unsaved work in {@code ~/.footfall/autosave}: one pipeline file per studio session plus
 * a small properties file saying where the pipeline belongs. A clean exit deletes both, so whatever is
 * left at the next start is work a crash interrupted, and the studio offers to recover it.
 */
public final class Autosave {
    private static final String PIPELINE_SUFFIX = ".footfall.json";
    private static final String META_SUFFIX = ".origin";

    /** A session's left-over copy: its content, where it came from (null: untitled) and when it was written. */
    public record Leftover(Path copy, PipelineDefinition pipeline, Path originalFile, Instant savedAt) {
    }

    private final Path dir;
    private final String session = "session-" + UUID.randomUUID();

    public Autosave(Path dir) {
        this.dir = dir;
    }

    public static Path defaultDirectory() {
        return Path.of(System.getProperty("user.home"), ".footfall", "autosave");
    }

    /** Work left by earlier sessions that did not exit cleanly, newest first; unreadable copies are skipped. */
    public List<Leftover> leftovers() {
        List<Leftover> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "session-*" + PIPELINE_SUFFIX)) {
            for (Path copy : ds) {
                if (copy.getFileName().toString().startsWith(session)) {
                    continue;
                }
                try {
                    PipelineDefinition p = PipelineJson.read(copy);
                    Properties meta = readMeta(metaOf(copy));
                    String orig = meta.getProperty("file");
                    found.add(new Leftover(copy, p, orig == null || orig.isEmpty() ? null : Path.of(orig),
                            Files.getLastModifiedTime(copy).toInstant()));
                } catch (PipelineFormatException | IOException e) {
                    // A copy torn by the crash itself is worth nothing; the next clean exit cleans it up.
                }
            }
        } catch (IOException e) {
            return found;
        }
        found.sort(Comparator.comparing(Leftover::savedAt).reversed());
        return found;
    }

    /** Writes this session's copy (atomically, so a crash during autosave never leaves half a file). */
    public void save(PipelineDefinition pipeline, Path originalFile) throws IOException {
        Files.createDirectories(dir);
        PipelineJson.write(pipeline, dir.resolve(session + PIPELINE_SUFFIX));
        Properties meta = new Properties();
        meta.setProperty("file", originalFile == null ? "" : originalFile.toString());
        try (Writer w = Files.newBufferedWriter(dir.resolve(session + META_SUFFIX), StandardCharsets.UTF_8)) {
            meta.store(w, "Footfall Studio autosave");
        }
    }

    /** Removes this session's copy: nothing unsaved is left, or the studio closed cleanly. */
    public void discardOwn() {
        discard(dir.resolve(session + PIPELINE_SUFFIX));
    }

    public void discard(Path copy) {
        try {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(metaOf(copy));
        } catch (IOException e) {
            // Left for the next clean exit; never worth an error dialog.
        }
    }

    public Optional<Path> ownCopy() {
        Path p = dir.resolve(session + PIPELINE_SUFFIX);
        return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }

    private static Path metaOf(Path copy) {
        String n = copy.getFileName().toString();
        return copy.resolveSibling(n.substring(0, n.length() - PIPELINE_SUFFIX.length()) + META_SUFFIX);
    }

    private static Properties readMeta(Path meta) throws IOException {
        Properties p = new Properties();
        if (Files.exists(meta)) {
            try (Reader r = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }
}
