package io.footfall.runtime.floorplan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A mall floorplan, {@code footfall-floorplan/1} (CONTRACT.md section 1). Immutable; read, validated and
 * written by {@link FloorplanJson}. Geometry queries (zone at a point, walking paths, radio attenuation)
 * live in {@link FloorplanGeometry}, built once per floorplan.
 */
public record Floorplan(String name, double width, double height, List<Zone> zones, List<Wall> walls,
                        List<MallEntrance> entrances, List<Sensor> sensors, Background background) {

    public static final String FORMAT = "footfall-floorplan/1";

    public Floorplan {
        Objects.requireNonNull(name, "name");
        zones = List.copyOf(zones);
        walls = List.copyOf(walls);
        entrances = List.copyOf(entrances);
        sensors = List.copyOf(sensors);
    }

    public Optional<Background> backgroundImage() {
        return Optional.ofNullable(background);
    }

    public Optional<Zone> zone(String id) {
        return zones.stream().filter(z -> z.id().equals(id)).findFirst();
    }

    public Optional<Sensor> sensor(String id) {
        return sensors.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Zones by id, in file order. */
    public Map<String, Zone> zonesById() {
        Map<String, Zone> byId = new LinkedHashMap<>();
        zones.forEach(z -> byId.putIfAbsent(z.id(), z));
        return byId;
    }
}
