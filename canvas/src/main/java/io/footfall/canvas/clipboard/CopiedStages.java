package io.footfall.canvas.clipboard;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.footfall.runtime.pipeline.Edge;
import io.footfall.runtime.pipeline.StageInstance;
import java.util.List;

/**
 * Copied stages and the edges among them, as put on the system clipboard: the same stage and edge
 * shapes as a pipeline file, so a copy from one file pastes into another (or into a text editor).
 */
@JsonPropertyOrder({"format", "stages", "edges"})
public record CopiedStages(String format, List<StageInstance> stages, List<Edge> edges) {
    public static final String FORMAT = "footfall-stages/1";

    public CopiedStages {
        format = format == null ? FORMAT : format;
        stages = stages == null ? List.of() : List.copyOf(stages);
        edges = edges == null ? List.of() : List.copyOf(edges);
    }
}
