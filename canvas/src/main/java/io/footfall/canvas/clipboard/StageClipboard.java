package io.footfall.canvas.clipboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.footfall.canvas.model.GraphEdge;
import io.footfall.canvas.model.GraphNode;
import io.footfall.runtime.pipeline.PipelineJson;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;

/** Writes stages to and reads them from the system clipboard as JSON ({@link CopiedStages}). */
public final class StageClipboard {
    /** Our own format on the clipboard; plain text carries the same JSON for other programs. */
    public static final DataFormat STAGES_FORMAT = new DataFormat("application/x-footfall-stages+json");

    private StageClipboard() {
    }

    /** The nodes and the edges that run between two of them. */
    public static CopiedStages capture(List<GraphNode> nodes, Collection<GraphEdge> edges) {
        Set<GraphNode> chosen = Set.copyOf(nodes);
        return new CopiedStages(null,
                nodes.stream().map(GraphNode::toInstance).toList(),
                edges.stream().filter(e -> chosen.contains(e.from()) && chosen.contains(e.to()))
                        .map(GraphEdge::toEdge).collect(Collectors.toList()));
    }

    public static String toJson(CopiedStages content) {
        try {
            return PipelineJson.mapper().writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stages in some text, or empty when it is not a footfall clipboard (any other text is ignored). */
    public static Optional<CopiedStages> fromJson(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            var content = PipelineJson.mapper().readValue(text, CopiedStages.class);
            return CopiedStages.FORMAT.equals(content.format())
                    ? Optional.of(content) : Optional.empty();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Must run on the JavaFX thread. */
    public static void put(CopiedStages content) {
        String json = toJson(content);
        ClipboardContent fx = new ClipboardContent();
        fx.put(STAGES_FORMAT, json);
        fx.putString(json);
        Clipboard.getSystemClipboard().setContent(fx);
    }

    /** Must run on the JavaFX thread. */
    public static Optional<CopiedStages> get() {
        Clipboard cb = Clipboard.getSystemClipboard();
        Object ours = cb.getContent(STAGES_FORMAT);
        if (ours instanceof String s) {
            return fromJson(s);
        }
        return fromJson(cb.getString());
    }
}
