package io.footfall.runtime.floorplan;

import java.util.Objects;

/** One thing wrong with a floorplan: where (a JSON path such as {@code $.zones[3].polygon}) and what. */
public record FloorplanProblem(String path, String message) {

    public FloorplanProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
