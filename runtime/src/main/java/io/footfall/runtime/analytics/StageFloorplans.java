package io.footfall.runtime.analytics;

import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageContext;
import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.FloorplanException;
import io.footfall.runtime.floorplan.FloorplanGeometry;
import io.footfall.runtime.floorplan.FloorplanJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The floorplan an analytics stage works over: its own {@code floorplan} configuration when set, otherwise
 * the pipeline's. Loaded and indexed once per file version, because half the pipeline's stages need it.
 */
public final class StageFloorplans {
    public static final String CONFIG = "floorplan";

    private record Key(Path file, long modified) {
    }

    private static final Map<Key, FloorplanGeometry> CACHE = new ConcurrentHashMap<>();

    private StageFloorplans() {
    }

    /** The optional per-stage override every floorplan-using stage declares. */
    public static ConfigDef config() {
        return ConfigDef.builder(CONFIG, ConfigDef.Type.FILE_PATH).label("Floorplan")
                .description("A footfall-floorplan/1 file; empty: the floorplan the pipeline is drawn over.")
                .group("Floorplan").build();
    }

    /**
     * The floorplan's geometry, or empty when none is configured. A file that cannot be used throws
     * {@link IllegalArgumentException} naming the file and the problems (AbstractStage reports it as an issue).
     */
    public static Optional<FloorplanGeometry> resolve(StageContext context, StageConfig config) {
        String own = config.getString(CONFIG);
        Optional<Path> file = own == null || own.isBlank()
                ? context.floorplanFile()
                : Optional.of(context.baseDirectory().resolve(own));
        return file.map(StageFloorplans::load);
    }

    public static FloorplanGeometry load(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        long modified;
        try {
            modified = Files.getLastModifiedTime(normal).toMillis();
        } catch (IOException e) {
            throw new IllegalArgumentException("floorplan " + normal + " cannot be read: " + e.getMessage(), e);
        }
        try {
            return CACHE.computeIfAbsent(new Key(normal, modified), k -> FloorplanGeometry.of(FloorplanJson.load(k.file())));
        } catch (FloorplanException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The floorplan or an explanation of why a stage that needs one cannot run. */
    public static FloorplanGeometry require(StageContext context, StageConfig config) {
        return resolve(context, config).orElseThrow(() -> new IllegalArgumentException(
                "needs a floorplan: the pipeline has none and the stage's 'floorplan' is empty"));
    }

    public static Floorplan plan(StageContext context, StageConfig config) {
        return require(context, config).plan();
    }
}
