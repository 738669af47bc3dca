package io.footfall.runtime.analytics.cli;

import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineFormatException;
import io.footfall.runtime.pipeline.PipelineJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The standard foot-traffic pipeline shipped with the product: {@code pipelines/standard-foot-traffic.footfall.json}
 * under the installation ({@code -Dfootfall.home}, set by the launcher) or the repository, or the copy packed
 * into the runtime jar when neither is there.
 */
public final class BundledPipeline {
    public static final String FILE_NAME = "standard-foot-traffic.footfall.json";
    private static final String RESOURCE = "/io/footfall/runtime/analytics/" + FILE_NAME;

    private BundledPipeline() {
    }

    /** The pipeline file on disk, when the installation or repository has one. */
    public static Optional<Path> file() {
        for (String property : new String[] {"footfall.home", "footfall.repo.root"}) {
            String home = System.getProperty(property);
            if (home != null) {
                Path p = Path.of(home, "pipelines", FILE_NAME);
                if (Files.isRegularFile(p)) {
                    return Optional.of(p);
                }
            }
        }
        Path here = Path.of("pipelines", FILE_NAME);
        return Files.isRegularFile(here) ? Optional.of(here.toAbsolutePath()) : Optional.empty();
    }

    /** The pipeline definition: from the file when there is one, else from the jar. */
    public static PipelineDefinition load() throws PipelineFormatException {
        Optional<Path> file = file();
        if (file.isPresent()) {
            return PipelineJson.read(file.get());
        }
        try (InputStream in = BundledPipeline.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled pipeline " + FILE_NAME + " is neither under "
                        + "footfall.home/pipelines nor in the runtime jar");
            }
            return PipelineJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "jar:" + RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
