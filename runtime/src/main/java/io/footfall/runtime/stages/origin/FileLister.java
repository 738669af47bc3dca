package io.footfall.runtime.stages.origin;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files the origin reads, in the order it reads them: the configured file, or the regular files of
 * the configured directory whose names match the glob, by name. Hidden files and files being written by a
 * file destination ({@code _tmp_} prefix) are left out. Name order is what makes an offset meaningful:
 * every file sorting before the offset's file counts as read.
 */
final class FileLister {
    private final Path path;
    private final PathMatcher glob;

    FileLister(Path path, String glob) {
        this.path = path;
        this.glob = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }

    List<Path> list() throws IOException {
        if (!Files.isDirectory(path)) {
            return Files.isRegularFile(path) ? List.of(path) : List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(path)) {
            for (Path p : dir) {
                String name = p.getFileName().toString();
                if (!name.startsWith(".") && !name.startsWith("_tmp_") && glob.matches(p.getFileName())
                        && Files.isRegularFile(p)) {
                    files.add(p.toAbsolutePath().normalize());
                }
            }
        }
        files.sort(java.util.Comparator.comparing(Path::toString));
        return files;
    }

    /** The first file that sorts after {@code current} (or the first file when current is empty). */
    Optional<Path> after(String current) throws IOException {
        for (Path p : list()) {
            if (current.isEmpty() || p.toString().compareTo(current) > 0) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
