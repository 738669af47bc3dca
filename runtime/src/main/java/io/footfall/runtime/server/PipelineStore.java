package io.footfall.runtime.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.footfall.runtime.AtomicFiles;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineFormatException;
import io.footfall.runtime.pipeline.PipelineJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Pipelines on disk: {@code DATA/pipelines/<id>/v<N>.footfall.json}, one file per stored version, plus
 * {@code run.json} saying whether the pipeline should be running. Every file is written to a temporary
 * file, forced to disk and renamed into place, so a crash at any moment leaves either the old or the new
 * file, never half of one; leftover temporary files are ignored and cleaned up. A deleted pipeline is
 * first moved out of {@code pipelines/} into {@code DATA/trash/}, so a crash half-way through deleting
 * never leaves half a pipeline listed under any id.
 */
public final class PipelineStore {
    private static final Pattern VERSION_FILE = Pattern.compile("v(\\d+)\\.footfall\\.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final Path trash;

    public PipelineStore(Path dataDir) throws IOException {
        this.root = dataDir.resolve("pipelines");
        this.trash = dataDir.resolve("trash");
        Files.createDirectories(root);
        cleanUpAfterACrash();
    }

    /**
     * Removes what a crash can leave behind: half-written temporary files inside pipeline folders (only
     * regular files there, since "x.tmp" is also a valid pipeline id) and half-deleted pipelines.
     */
    private void cleanUpAfterACrash() throws IOException {
        try (Stream<Path> files = Files.walk(root, 2)) {
            for (Path p : files.filter(f -> f.getNameCount() == root.getNameCount() + 2 && Files.isRegularFile(f)
                    && f.getFileName().toString().endsWith(".tmp")).toList()) {
                Files.deleteIfExists(p);
            }
        }
        if (Files.isDirectory(trash)) {
            deleteTree(trash);
        }
    }

    private static void deleteTree(Path top) throws IOException {
        try (Stream<Path> files = Files.walk(top)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private Path dir(String id) {
        return root.resolve(id);
    }

    /** The ids of every stored pipeline, sorted. */
    public synchronized List<String> ids() throws IOException {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(PipelineIds::isValid)
                    .filter(id -> !versions(id).isEmpty()).sorted().toList();
        }
    }

    /** Stored versions of a pipeline, oldest first (empty when unknown). */
    public synchronized List<Integer> versions(String id) {
        Path d = dir(id);
        if (!Files.isDirectory(d)) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(d)) {
            files.forEach(f -> {
                Matcher m = VERSION_FILE.matcher(f.getFileName().toString());
                if (m.matches()) {
                    out.add(Integer.parseInt(m.group(1)));
                }
            });
        } catch (IOException e) {
            return List.of();
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** Stores a new version and returns its number. */
    public synchronized int put(String id, PipelineDefinition pipeline) throws IOException {
        List<Integer> existing = versions(id);
        int version = existing.isEmpty() ? 1 : existing.get(existing.size() - 1) + 1;
        Files.createDirectories(dir(id));
        writeAtomically(dir(id).resolve("v" + version + ".footfall.json"), PipelineJson.toJson(pipeline));
        return version;
    }

    public synchronized Optional<PipelineDefinition> get(String id, Integer version) throws IOException, PipelineFormatException {
        List<Integer> versions = versions(id);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        int v = version == null ? versions.get(versions.size() - 1) : version;
        Path file = dir(id).resolve("v" + v + ".footfall.json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(PipelineJson.read(file));
    }

    public synchronized int latestVersion(String id) {
        List<Integer> v = versions(id);
        return v.isEmpty() ? 0 : v.get(v.size() - 1);
    }

    /** Removes a pipeline and its history; returns false when there was none. */
    public synchronized boolean delete(String id) throws IOException {
        Path d = dir(id);
        if (!Files.isDirectory(d)) {
            return false;
        }
        // Moved out of pipelines/ first, so a crash half-way through deleting never leaves a half pipeline listed.
        Files.createDirectories(trash);
        Path doomed = trash.resolve(id + "." + System.nanoTime());
        Files.move(d, doomed, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(doomed);
        return true;
    }

    /** The folder a pipeline's runs keep their offsets and error files in. */
    public Path stateDirectory(String id) throws IOException {
        Path d = dir(id).resolve("state");
        Files.createDirectories(d);
        return d;
    }

    public synchronized void setShouldRun(String id, boolean run) throws IOException {
        if (!Files.isDirectory(dir(id))) {
            return;
        }
        ObjectNode n = JSON.createObjectNode().put("running", run);
        writeAtomically(dir(id).resolve("run.json"), JSON.writeValueAsString(n) + "\n");
    }

    public synchronized boolean shouldRun(String id) {
        Path f = dir(id).resolve("run.json");
        try {
            return Files.isRegularFile(f) && JSON.readTree(f.toFile()).path("running").asBoolean(false);
        } catch (IOException e) {
            return false;
        }
    }

    static void writeAtomically(Path target, String content) throws IOException {
        AtomicFiles.write(target, content.getBytes(StandardCharsets.UTF_8));
    }
}
