package io.footfall.runtime.stages.bench;

import io.footfall.runtime.sighting.Sighting;
import io.footfall.runtime.sighting.SightingJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes the benchmark's input: CONTRACT section 2 sightings, one JSON object per line, as a mall's sensors
 * would report them (20 sensors, 5000 devices, RSSI -95..-35 dBm, a third with the optional fields).
 */
final class SightingsFile {
    private SightingsFile() {
    }

    static void write(Path file, int count, long seed) throws IOException {
        Random random = new Random(seed);
        String[] devices = new String[5000];
        for (int i = 0; i < devices.length; i++) {
            long bits = random.nextLong() & 0xFFFF_FFFF_FFFFL;
            devices[i] = String.format("%02x:%02x:%02x:%02x:%02x:%02x", (bits >> 40) & 0xFF, (bits >> 32) & 0xFF,
                    (bits >> 24) & 0xFF, (bits >> 16) & 0xFF, (bits >> 8) & 0xFF, bits & 0xFF);
        }
        long ts = 1_764_064_800_000L;
        Path temp = file.resolveSibling(file.getFileName() + ".part");
        try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                ts += random.nextInt(3);
                String sensor = "s-" + (random.nextInt(20) < 9 ? "0" : "") + (1 + random.nextInt(20));
                int rssi = -95 + random.nextInt(61);
                boolean wifi = random.nextBoolean();
                Sighting s = i % 3 == 0
                        ? new Sighting(ts, sensor, devices[random.nextInt(devices.length)], rssi, wifi ? "wifi" : "ble",
                                random.nextInt(4096), wifi ? 1 + random.nextInt(11) : 37 + random.nextInt(3), -59)
                        : new Sighting(ts, sensor, devices[random.nextInt(devices.length)], rssi, wifi ? "wifi" : "ble");
                SightingJson.write(s, out);
                out.write('\n');
            }
        }
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
