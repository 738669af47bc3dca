package io.footfall.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every pipeline file shipped in the repository is exactly what the studio would save: opening and saving
 * an untouched pipeline must not produce a diff, and the format's printer must keep one stable form.
 */
class PipelineFilesAreCanonicalTest {
    private static final Path ROOT = Path.of(System.getProperty("footfall.repo.root", "..")).toAbsolutePath().normalize();

    static List<Path> pipelineFiles() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT.resolve("pipelines"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".footfall.json")).sorted().toList();
        }
    }

    @Test
    void shippedPipelinesAreInCanonicalForm() throws Exception {
        List<Path> files = pipelineFiles();
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String text = Files.readString(file);
            assertThat(PipelineJson.toJson(PipelineJson.parse(text, file.toString())))
                    .as("%s is not in the form the studio saves; rewrite it with PipelineJson.write", file)
                    .isEqualTo(text);
        }
    }

    @Test
    void thePrinterPutsOneElementPerLineAndNoSpaceBeforeColons() {
        PipelineDefinition p = new PipelineDefinition(null, "p", "P", null, null,
                List.of(new ParameterDefinition("a", "1", null)), null, null, List.of(), List.of());
        String json = PipelineJson.toJson(p);
        assertThat(json).contains("\"id\": \"p\"").doesNotContain("\" :").contains("\"parameters\": [\n    {");
    }
}
