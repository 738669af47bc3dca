package io.footfall.canvas.demo;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's sample files from tests (footfall.repo.root), the launcher (footfall.home) or the working directory. */
public final class RepoFiles {
    private RepoFiles() {
    }

    public static Path root() {
        for (String property : new String[] {"footfall.repo.root", "footfall.home"}) {
            String v = System.getProperty(property);
            if (v != null && Files.isDirectory(Path.of(v, "floorplans"))) {
                return Path.of(v);
            }
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("floorplans"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the repository's floorplans/ folder; set -Dfootfall.home=<repo root>");
    }

    public static Path floorplan(String size) {
        Path file = root().resolve("floorplans").resolve(size + "-mall.json");
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("sample floorplan missing: " + file);
        }
        return file;
    }
}
