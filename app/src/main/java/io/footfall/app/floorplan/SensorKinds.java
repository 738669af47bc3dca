package io.footfall.app.floorplan;

import io.footfall.runtime.floorplan.Sensor;
import java.util.List;

/** What a sensor added in floorplan-edit mode listens to. */
public enum SensorKinds {
    WIFI_AND_BLE("WiFi + BLE", List.of(Sensor.WIFI, Sensor.BLE)),
    WIFI("WiFi", List.of(Sensor.WIFI)),
    BLE("BLE", List.of(Sensor.BLE));

    private final String label;
    private final List<String> kinds;

    SensorKinds(String label, List<String> kinds) {
        this.label = label;
        this.kinds = kinds;
    }

    public List<String> kinds() {
        return kinds;
    }

    @Override
    public String toString() {
        return label;
    }
}
