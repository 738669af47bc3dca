package io.footfall.app.files;

import io.footfall.runtime.AtomicFiles;
import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.FloorplanJson;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineFormatException;
import io.footfall.runtime.pipeline.PipelineJson;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a copy of unsaved work in {@code ~/.footfall/autosave}: one pipeline file and one floorplan file per
 * studio session, each with a small properties file saying where it belongs. A clean exit deletes them, so
 * whatever is left at the next start is work a crash interrupted, and the studio offers to recover it.
 * While a session has copies it holds a lock on its own {@code .lock} file, so a second studio running at the
 * same time leaves them alone: only copies whose lock is free (their studio ended) are offered, or discarded.
 */
public final class Autosave {
    private static final String PIPELINE_SUFFIX = ".footfall.json";
    private static final String META_SUFFIX = ".origin";
    private static final String FLOORPLAN_SUFFIX = ".floorplan.json";
    private static final String FLOORPLAN_META_SUFFIX = ".floorplan-origin";
    private static final String LOCK_SUFFIX = ".lock";
    /** Lock files this JVM holds: another channel on them must not be closed here (that would drop the lock). */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    /** A session's left-over copy: its content, where it came from (null: untitled) and when it was written. */
    public record Leftover(Path copy, PipelineDefinition pipeline, Path originalFile, Instant savedAt) {
    }

    /** A session's left-over floorplan: the edited plan, the file it was opened from (null: none) and when. */
    public record FloorplanLeftover(Path copy, Floorplan plan, Path originalFile, Instant savedAt) {
    }

    private final Path dir;
    private final String session = "session-" + UUID.randomUUID();
    private FileChannel lockChannel;
    private FileLock lock;

    public Autosave(Path dir) {
        this.dir = dir;
    }

    /** When a copy was written, as the recovery question shows it: "2026-12-07 13:59" in the local time zone. */
    public static String describeTime(Instant savedAt) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(java.time.ZoneId.systemDefault()).format(savedAt);
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
                if (copy.getFileName().toString().startsWith(session) || isAlive(copy)) {
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

    /** Floorplans left by earlier sessions that did not exit cleanly, newest first; unreadable copies are skipped. */
    public List<FloorplanLeftover> floorplanLeftovers() {
        List<FloorplanLeftover> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "session-*" + FLOORPLAN_SUFFIX)) {
            for (Path copy : ds) {
                if (copy.getFileName().toString().startsWith(session) || isAlive(copy)) {
                    continue;
                }
                try {
                    Floorplan plan = FloorplanJson.load(copy);
                    String orig = readMeta(sibling(copy, FLOORPLAN_SUFFIX, FLOORPLAN_META_SUFFIX)).getProperty("file");
                    found.add(new FloorplanLeftover(copy, plan, orig == null || orig.isEmpty() ? null : Path.of(orig),
                            Files.getLastModifiedTime(copy).toInstant()));
                } catch (RuntimeException | IOException e) {
                    // Torn or invalid: not worth offering (see leftovers()).
                }
            }
        } catch (IOException e) {
            return found;
        }
        found.sort(Comparator.comparing(FloorplanLeftover::savedAt).reversed());
        return found;
    }

    /** Writes this session's floorplan copy (atomically) and where it belongs. */
    public void saveFloorplan(Floorplan plan, Path originalFile) throws IOException {
        Files.createDirectories(dir);
        holdLock();
        AtomicFiles.write(dir.resolve(session + FLOORPLAN_SUFFIX), FloorplanJson.toJson(plan).getBytes(StandardCharsets.UTF_8));
        Properties meta = new Properties();
        meta.setProperty("file", originalFile == null ? "" : originalFile.toString());
        try (Writer w = Files.newBufferedWriter(dir.resolve(session + FLOORPLAN_META_SUFFIX), StandardCharsets.UTF_8)) {
            meta.store(w, "Footfall Studio floorplan autosave");
        }
    }

    /** Removes this session's floorplan copy (saved, discarded, or nothing unsaved). */
    public void discardOwnFloorplan() {
        discardFloorplan(dir.resolve(session + FLOORPLAN_SUFFIX));
    }

    public void discardFloorplan(Path copy) {
        try {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(sibling(copy, FLOORPLAN_SUFFIX, FLOORPLAN_META_SUFFIX));
            deleteLockIfDone(copy);
        } catch (IOException e) {
            // As discard(): left for a later clean exit.
        }
    }

    /** A clean exit: nothing of this session is left to recover. */
    public void discardSession() {
        discardOwn();
        discardOwnFloorplan();
        releaseLock(true);
    }

    /**
     * Lets go of this session's lock and keeps its copies, as a crash does: for tests, which cannot crash a studio
     * that runs in their own JVM.
     */
    public void abandon() {
        releaseLock(false);
    }

    /** Writes this session's copy (atomically, so a crash during autosave never leaves half a file). */
    public void save(PipelineDefinition pipeline, Path originalFile) throws IOException {
        Files.createDirectories(dir);
        holdLock();
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
            deleteLockIfDone(copy);
        } catch (IOException e) {
            // Left for the next clean exit; never worth an error dialog.
        }
    }

    public Optional<Path> ownCopy() {
        Path p = dir.resolve(session + PIPELINE_SUFFIX);
        return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }

    /** Whether the studio that wrote {@code copy} is still running (it holds its session's lock). */
    static boolean isAlive(Path copy) {
        Path lockFile = lockOf(copy).toAbsolutePath();
        if (HELD.contains(lockFile)) {
            return true;
        }
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock probe = ch.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            // A lock file we cannot open is no proof of a running studio; the copies are offered as before.
            return false;
        }
    }

    /** Locks this session's lock file before its first copy is written; held until {@link #discardSession}. */
    private synchronized void holdLock() throws IOException {
        if (lock != null) {
            return;
        }
        Path lockFile = dir.resolve(session + LOCK_SUFFIX).toAbsolutePath();
        FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = ch.tryLock();
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        if (l == null) {
            ch.close();
            throw new IOException("the autosave lock " + lockFile + " is held by another program");
        }
        lockChannel = ch;
        lock = l;
        HELD.add(lockFile);
    }

    /** Frees this session's lock; a clean exit also deletes the lock file, a (simulated) crash leaves it. */
    private synchronized void releaseLock(boolean deleteFile) {
        if (lock == null) {
            return;
        }
        Path lockFile = dir.resolve(session + LOCK_SUFFIX).toAbsolutePath();
        try {
            lock.release();
            lockChannel.close();
            if (deleteFile) {
                Files.deleteIfExists(lockFile);
            }
        } catch (IOException e) {
            // Closing the channel is what frees the lock; an unlocked lock file left behind only marks its
            // (copy-less) session as ended.
        } finally {
            HELD.remove(lockFile);
            lock = null;
            lockChannel = null;
        }
    }

    /** Deletes an ended session's lock file once neither of its copies is left. */
    private void deleteLockIfDone(Path copy) throws IOException {
        String name = sessionOf(copy);
        if (name.equals(session) || isAlive(copy)
                || Files.exists(dir.resolve(name + PIPELINE_SUFFIX)) || Files.exists(dir.resolve(name + FLOORPLAN_SUFFIX))) {
            return;
        }
        Files.deleteIfExists(lockOf(copy));
    }

    private static String sessionOf(Path copy) {
        String n = copy.getFileName().toString();
        int dot = n.indexOf('.');
        return dot < 0 ? n : n.substring(0, dot);
    }

    private static Path lockOf(Path copy) {
        return copy.resolveSibling(sessionOf(copy) + LOCK_SUFFIX);
    }

    private static Path metaOf(Path copy) {
        return sibling(copy, PIPELINE_SUFFIX, META_SUFFIX);
    }

    private static Path sibling(Path copy, String suffix, String otherSuffix) {
        String n = copy.getFileName().toString();
        return copy.resolveSibling(n.substring(0, n.length() - suffix.length()) + otherSuffix);
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
