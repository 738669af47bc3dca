package io.footfall.runtime.floorplan;

import java.util.List;
import java.util.Objects;

/** A WiFi/BLE sensor mounted at {@code position}; {@code kinds} says what it listens to ("wifi", "ble"). */
public record Sensor(String id, Point position, List<String> kinds) {

    public static final String WIFI = "wifi";
    public static final String BLE = "ble";

    public Sensor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(position, "position");
        kinds = List.copyOf(kinds);
    }

    public boolean hears(String kind) {
        return kinds.contains(kind);
    }
}
