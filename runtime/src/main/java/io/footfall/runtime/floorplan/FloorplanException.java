package io.footfall.runtime.floorplan;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A floorplan that cannot be used, with every problem found. The message has one line per problem,
 * each naming the file, the JSON path and what is wrong:
 * {@code malls/x.json: $.zones[3].polygon: 2 points, a polygon needs at least 3}.
 */
public final class FloorplanException extends RuntimeException {
    private final String source;
    private final List<FloorplanProblem> problems;

    public FloorplanException(String source, List<FloorplanProblem> problems) {
        super(describe(source, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a FloorplanException needs at least one problem");
        }
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    private static String describe(String source, List<FloorplanProblem> problems) {
        return problems.stream().map(p -> source + ": " + p).collect(Collectors.joining("\n"));
    }

    /** The file (or other origin) the floorplan came from. */
    public String source() {
        return source;
    }

    public List<FloorplanProblem> problems() {
        return problems;
    }
}
