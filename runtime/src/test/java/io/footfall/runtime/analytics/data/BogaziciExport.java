package io.footfall.runtime.analytics.data;

import io.footfall.runtime.analytics.SharedData;
import java.nio.file.Path;

/**
 * Writes the converted data set (sightings.jsonl, truth.jsonl, floorplan.json) into the directory given
 * as the only argument, for running it through {@code footfall analyze} and {@code footfall evaluate}:
 * {@code ./mvnw -B -q -o -pl runtime test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.footfall.runtime.analytics.data.BogaziciExport -Dexec.args=/tmp/bogazici}.
 */
public final class BogaziciExport {

    private BogaziciExport() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: BogaziciExport OUT_DIR");
            System.exit(2);
        }
        BogaziciDataset dataset = SharedData.bogazici();
        BogaziciConverter.convert(dataset, dataset.tracks(), Path.of(args[0]));
        System.out.println("wrote " + dataset.readingCount() + " sightings of " + dataset.tracks().size() + " tracks to " + args[0]);
    }
}
