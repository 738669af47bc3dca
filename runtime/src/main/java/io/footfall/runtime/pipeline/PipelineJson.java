package io.footfall.runtime.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes {@code footfall-pipeline/1}: pretty printed, keys in a fixed order (configuration
 * keys sorted), so files diff well. Unknown fields are ignored (newer minor additions), an unknown
 * format version is refused.
 */
public final class PipelineJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Two-space indents, {@code "key": value}, one array element per line: the form every pipeline file has. */
    private static final com.fasterxml.jackson.core.util.DefaultPrettyPrinter PRINTER =
            new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                    .withSeparators(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("").withArrayEmptySeparator(""));

    static {
        PRINTER.indentArraysWith(com.fasterxml.jackson.core.util.DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
    }

    private PipelineJson() {
    }

    public static PipelineDefinition read(Path file) throws PipelineFormatException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PipelineFormatException(file.toString(), List.of("cannot read the file: " + e.getMessage()));
        }
        return parse(text, file.toString());
    }

    public static PipelineDefinition parse(String json, String source) throws PipelineFormatException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new PipelineFormatException(source, List.of("not valid JSON at line " + (loc == null ? "?" : loc.getLineNr())
                    + ", column " + (loc == null ? "?" : loc.getColumnNr()) + ": " + e.getOriginalMessage()));
        }
        if (tree == null || !tree.isObject()) {
            throw new PipelineFormatException(source, List.of("$ must be a JSON object"));
        }
        JsonNode format = tree.get("format");
        if (format == null || !format.isTextual()) {
            throw new PipelineFormatException(source, List.of("$.format is missing; expected \"" + PipelineDefinition.FORMAT + "\""));
        }
        if (!PipelineDefinition.FORMAT.equals(format.asText())) {
            String f = format.asText();
            String hint = f.startsWith("footfall-pipeline/")
                    ? " (written by a newer Footfall Studio; this one reads " + PipelineDefinition.FORMAT + ")"
                    : "";
            throw new PipelineFormatException(source, List.of("$.format \"" + f + "\" is not supported" + hint));
        }
        try {
            return MAPPER.treeToValue(tree, PipelineDefinition.class);
        } catch (MismatchedInputException e) {
            throw new PipelineFormatException(source, List.of(jsonPath(e) + " has the wrong type: " + e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw new PipelineFormatException(source, List.of(e.getOriginalMessage()));
        }
    }

    private static String jsonPath(MismatchedInputException e) {
        StringBuilder b = new StringBuilder("$");
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                b.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    public static String toJson(PipelineDefinition pipeline) {
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(pipeline).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes atomically (see {@link io.footfall.runtime.AtomicFiles}). */
    public static void write(PipelineDefinition pipeline, Path file) throws IOException {
        io.footfall.runtime.AtomicFiles.write(file, toJson(pipeline).getBytes(StandardCharsets.UTF_8));
    }

    /** The shared mapper configuration, for code that embeds pipelines in other JSON (server, export). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
