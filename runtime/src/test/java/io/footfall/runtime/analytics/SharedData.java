package io.footfall.runtime.analytics;

import io.footfall.runtime.analytics.data.BogaziciDataset;
import io.footfall.runtime.analytics.data.BogaziciReader;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds ../shared/data (surefire passes it as footfall.shared.dir) and loads the Boğaziçi data set once. */
public final class SharedData {
    private static BogaziciDataset bogazici;

    private SharedData() {
    }

    public static Path sharedDir() {
        String configured = System.getProperty("footfall.shared.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("../../shared");
        if (!Files.isDirectory(dir.resolve("data"))) {
            throw new IllegalStateException("no shared data at " + dir.toAbsolutePath()
                    + " (set -Dfootfall.shared.dir to the directory holding data/ble-bogazici)");
        }
        return dir;
    }

    public static Path bogaziciDir() {
        return sharedDir().resolve("data/ble-bogazici");
    }

    public static synchronized BogaziciDataset bogazici() {
        if (bogazici == null) {
            bogazici = BogaziciReader.read(bogaziciDir());
        }
        return bogazici;
    }
}
