package io.footfall.runtime.connect;

import io.footfall.runtime.sighting.Sighting;
import io.footfall.runtime.sighting.SightingJson;
import java.util.ArrayList;
import java.util.List;

/** Test sightings with a running {@code seq}, so a receiver can tell exactly which ones arrived. */
public final class SightingLines {
    private SightingLines() {
    }

    public static Sighting sighting(int seq) {
        return new Sighting(1_764_064_800_000L + seq, "s-" + (seq % 7), String.format("3a:1f:9c:00:%02x:%02x",
                (seq >> 8) & 0xff, seq & 0xff), -40 - seq % 50, seq % 2 == 0 ? Sighting.WIFI : Sighting.BLE,
                seq, null, null);
    }

    public static List<String> lines(int from, int count) {
        List<String> out = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            out.add(SightingJson.toJson(sighting(i)));
        }
        return out;
    }

    /** One JSON array holding sightings from..from+count-1. */
    public static String array(int from, int count) {
        return "[" + String.join(",", lines(from, count)) + "]";
    }
}
