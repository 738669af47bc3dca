package io.footfall.app;

import io.footfall.runtime.cli.FootfallSubcommand;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

/** {@code footfall studio [PIPELINE]}: opens the desktop studio (CONTRACT section 5) and returns when it closes. */
@Command(name = "studio", mixinStandardHelpOptions = true,
        description = "The desktop studio; with no argument, the bundled demo mall and pipeline.")
public final class StudioCommand implements FootfallSubcommand {
    static {
        // Built only for `footfall studio` (and help): the display is asked while the command line is parsed.
        io.footfall.app.ui.SoftwareRendering.startAsking();
    }

    @Parameters(index = "0", arity = "0..1", paramLabel = "PIPELINE", description = "a *.footfall.json pipeline to open")
    Path pipeline;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (pipeline != null && !Files.isRegularFile(pipeline)) {
            spec.commandLine().getErr().println("footfall studio: " + pipeline + ": no such pipeline file");
            spec.commandLine().getErr().flush();
            return 2;
        }
        // DISPLAY first: asking AWT (loaded for nothing else before the window) only when it is not set.
        if (System.getenv("DISPLAY") == null && !System.getProperty("os.name", "").startsWith("Windows")
                && !System.getProperty("os.name", "").startsWith("Mac") && java.awt.GraphicsEnvironment.isHeadless()) {
            spec.commandLine().getErr().println("footfall studio: no display (DISPLAY is not set); the studio needs a desktop session");
            spec.commandLine().getErr().flush();
            return 1;
        }
        StartupTimer.mark("command parsed");
        return StudioLauncher.launch(pipeline == null ? null : pipeline.toAbsolutePath().normalize());
    }
}
