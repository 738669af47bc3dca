package io.footfall.runtime.analytics.output;

import io.footfall.runtime.AtomicFiles;
import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.StageContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Where the analytics destinations write, and writing a whole file so readers never see half of it. */
public final class OutputFiles {

    private OutputFiles() {
    }

    public static ConfigDef pathConfig(String defaultName) {
        return ConfigDef.builder("path", ConfigDef.Type.FILE_PATH).label("File").required().defaultValue(defaultName)
                .description("The file to write (relative paths are resolved against the pipeline file's folder).")
                .build();
    }

    public static Path resolve(StageContext context, String path) {
        return context.baseDirectory().resolve(path).toAbsolutePath().normalize();
    }

    /** Writes the whole text at once (see {@link AtomicFiles}): readers see the old file or the new one. */
    public static void writeAtomically(Path file, String text) throws IOException {
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A number for a CSV or JSON file: integers without a fraction, others with at most one decimal. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }
}
