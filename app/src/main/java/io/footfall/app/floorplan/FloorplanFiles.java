package io.footfall.app.floorplan;

import io.footfall.runtime.AtomicFiles;
import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.FloorplanJson;
import io.footfall.runtime.floorplan.FloorplanValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes {@code footfall-floorplan/1} files the way pipelines are saved: validated first (an invalid plan is
 * refused with the validator's message and the file is not touched), then written to a temporary file in the
 * same folder, forced to disk and renamed over the target, so a crash leaves the old file or the new one.
 */
public final class FloorplanFiles {
    private FloorplanFiles() {
    }

    /** @throws io.footfall.runtime.floorplan.FloorplanException naming {@code file} when the plan is invalid */
    public static void write(Floorplan plan, Path file) throws IOException {
        FloorplanValidator.requireValid(plan, file.toString());
        AtomicFiles.write(file, FloorplanJson.toJson(plan).getBytes(StandardCharsets.UTF_8));
    }
}
