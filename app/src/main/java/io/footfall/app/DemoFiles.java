package io.footfall.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the bundled demo lives: the standard pipeline and the medium sample mall under the installation
 * root ({@code -Dfootfall.home}, set by the launcher; the working directory otherwise).
 */
public record DemoFiles(Path home) {
    public static final String PIPELINE = "pipelines/standard-foot-traffic.footfall.json";
    public static final String FLOORPLAN = "floorplans/medium-mall.json";

    public static DemoFiles fromSystem() {
        String home = System.getProperty("footfall.home");
        return new DemoFiles(home == null || home.isBlank() ? Path.of("").toAbsolutePath() : Path.of(home).toAbsolutePath());
    }

    public Path pipeline() {
        return home.resolve(PIPELINE);
    }

    public Path floorplan() {
        return home.resolve(FLOORPLAN);
    }

    /** What of the demo is missing, one readable sentence each (empty when both files are there). */
    public List<String> missing() {
        List<String> m = new ArrayList<>();
        if (!Files.isRegularFile(pipeline())) {
            m.add("The bundled standard pipeline (" + PIPELINE + ") is not in " + home
                    + "; it arrives with the analytics issue (#6). Showing an empty pipeline instead.");
        }
        if (!Files.isRegularFile(floorplan())) {
            m.add("The medium sample mall (" + FLOORPLAN + ") is not in " + home + ".");
        }
        return m;
    }
}
