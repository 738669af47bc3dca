package io.footfall.runtime.analytics;

import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A 40 × 30 m test mall: stores st-a (west) and st-b (east) above a corridor, a food court below it,
 * a sensor in each store, two in the corridor and one in the food court.
 */
public final class TestMall {
    public static final String JSON = """
            {"format": "footfall-floorplan/1", "name": "Test mall", "width": 40, "height": 30,
             "zones": [
               {"id": "st-a", "name": "Store A", "kind": "store", "polygon": [[0,0],[20,0],[20,12],[0,12]], "entrances": [[10,12]]},
               {"id": "st-b", "name": "Store B", "kind": "store", "polygon": [[20,0],[40,0],[40,12],[20,12]], "entrances": [[30,12]]},
               {"id": "hall", "name": "Hall", "kind": "corridor", "polygon": [[0,12],[40,12],[40,18],[0,18]]},
               {"id": "food", "name": "Food court", "kind": "foodcourt", "polygon": [[0,18],[40,18],[40,30],[0,30]]}
             ],
             "entrances": [{"id": "gate", "position": [0, 15]}],
             "sensors": [
               {"id": "s-a", "position": [10, 6], "kinds": ["wifi", "ble"]},
               {"id": "s-b", "position": [30, 6], "kinds": ["wifi", "ble"]},
               {"id": "s-h1", "position": [10, 15], "kinds": ["wifi", "ble"]},
               {"id": "s-h2", "position": [30, 15], "kinds": ["wifi", "ble"]},
               {"id": "s-f", "position": [20, 24], "kinds": ["wifi", "ble"]}
             ]}
            """;
    public static final long T0 = 1_764_064_800_000L;

    private TestMall() {
    }

    /** Writes the plan into the folder and returns its path. */
    public static Path write(Path dir) {
        try {
            Path file = dir.resolve("test-mall.json");
            Files.writeString(file, JSON);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Record sighting(long ts, String sensor, String device, int rssi) {
        return sighting(ts, sensor, device, rssi, null);
    }

    public static Record sighting(long ts, String sensor, String device, int rssi, Integer seq) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ts", ts);
        m.put("sensor", sensor);
        m.put("device", device);
        m.put("rssi", rssi);
        m.put("kind", "wifi");
        if (seq != null) {
            m.put("seq", seq);
        }
        return Record.fromJava("test", m);
    }

    public static Record position(long ts, String device, double x, double y, String zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ts", ts);
        m.put("device", device);
        m.put("x", x);
        m.put("y", y);
        m.put("zone", zone);
        Record r = Record.fromJava("test", m);
        if (zone == null) {
            r.set("/zone", Field.nullField());
        }
        return r;
    }
}
