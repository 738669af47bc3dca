package io.footfall.canvas.floorplan;

import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.Point;
import io.footfall.runtime.floorplan.Sensor;
import io.footfall.runtime.floorplan.Zone;
import io.footfall.runtime.floorplan.ZoneKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edits the studio makes to a floorplan, as functions from one immutable plan to the next. They do not
 * validate: {@link FloorplanEditor} runs the contract's validator on the result before it becomes a command.
 */
public final class FloorplanEdits {
    private static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d+)");

    private FloorplanEdits() {
    }

    public static Floorplan moveSensor(Floorplan plan, String sensorId, Point to) {
        requireSensor(plan, sensorId);
        return withSensors(plan, plan.sensors().stream()
                .map(s -> s.id().equals(sensorId) ? new Sensor(s.id(), to, s.kinds()) : s).toList());
    }

    public static Floorplan addSensor(Floorplan plan, Sensor sensor) {
        List<Sensor> sensors = new ArrayList<>(plan.sensors());
        sensors.add(sensor);
        return withSensors(plan, sensors);
    }

    public static Floorplan removeSensors(Floorplan plan, java.util.Collection<String> sensorIds) {
        sensorIds.forEach(id -> requireSensor(plan, id));
        return withSensors(plan, plan.sensors().stream().filter(s -> !sensorIds.contains(s.id())).toList());
    }

    public static Floorplan renameZone(Floorplan plan, String zoneId, String name) {
        if (plan.zone(zoneId).isEmpty()) {
            throw new IllegalArgumentException("no zone \"" + zoneId + "\" in " + plan.name());
        }
        List<Zone> zones = plan.zones().stream()
                .map(z -> z.id().equals(zoneId) ? new Zone(z.id(), name, z.kind(), z.polygon(), z.entrances()) : z).toList();
        return new Floorplan(plan.name(), plan.width(), plan.height(), zones, plan.walls(), plan.entrances(),
                plan.sensors(), plan.background());
    }

    /** The sensor with a new id (the validator refuses an id another sensor already has). */
    public static Floorplan renameSensor(Floorplan plan, String sensorId, String newId) {
        requireSensor(plan, sensorId);
        return withSensors(plan, plan.sensors().stream()
                .map(s -> s.id().equals(sensorId) ? new Sensor(newId, s.position(), s.kinds()) : s).toList());
    }

    /** What the sensor listens to ("wifi", "ble"). */
    public static Floorplan setSensorKinds(Floorplan plan, String sensorId, List<String> kinds) {
        requireSensor(plan, sensorId);
        return withSensors(plan, plan.sensors().stream()
                .map(s -> s.id().equals(sensorId) ? new Sensor(s.id(), s.position(), kinds) : s).toList());
    }

    public static Floorplan setZoneKind(Floorplan plan, String zoneId, ZoneKind kind) {
        if (plan.zone(zoneId).isEmpty()) {
            throw new IllegalArgumentException("no zone \"" + zoneId + "\" in " + plan.name());
        }
        List<Zone> zones = plan.zones().stream()
                .map(z -> z.id().equals(zoneId) ? new Zone(z.id(), z.name(), kind, z.polygon(), z.entrances()) : z).toList();
        return new Floorplan(plan.name(), plan.width(), plan.height(), zones, plan.walls(), plan.entrances(),
                plan.sensors(), plan.background());
    }

    /**
     * An unused sensor id in the style the plan already uses: after s-001 … s-026 comes s-027; a plan
     * without numbered sensors starts at s-01.
     */
    public static String nextSensorId(Floorplan plan) {
        String prefix = "s-";
        int width = 2;
        long max = 0;
        for (Sensor s : plan.sensors()) {
            Matcher m = NUMBERED.matcher(s.id());
            if (m.matches() && m.group(2).length() <= 18) {
                long n = Long.parseLong(m.group(2));
                if (n >= max) {
                    max = n;
                    prefix = m.group(1);
                    width = m.group(2).length();
                }
            }
        }
        for (long n = max + 1; ; n++) {
            String id = prefix + String.format("%0" + width + "d", n);
            if (plan.sensor(id).isEmpty()) {
                return id;
            }
        }
    }

    private static void requireSensor(Floorplan plan, String sensorId) {
        if (plan.sensor(sensorId).isEmpty()) {
            throw new IllegalArgumentException("no sensor \"" + sensorId + "\" in " + plan.name());
        }
    }

    private static Floorplan withSensors(Floorplan plan, List<Sensor> sensors) {
        return new Floorplan(plan.name(), plan.width(), plan.height(), plan.zones(), plan.walls(), plan.entrances(),
                sensors, plan.background());
    }
}
