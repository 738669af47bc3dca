package io.footfall.runtime.analytics.positioning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sensors positioning knows, numbered 0..size-1 so that the hot loops work on arrays, not maps.
 * A sighting from a sensor not in the layout has index -1: the caller routes it to the error stream.
 */
public final class SensorLayout {
    private final List<SensorPosition> sensors;
    private final Map<String, Integer> indexById = new HashMap<>();
    private final double[] xs;
    private final double[] ys;
    private final double[] heights;

    public SensorLayout(List<SensorPosition> sensors) {
        if (sensors.isEmpty()) {
            throw new IllegalArgumentException("a sensor layout needs at least one sensor");
        }
        this.sensors = List.copyOf(sensors);
        xs = new double[sensors.size()];
        ys = new double[sensors.size()];
        heights = new double[sensors.size()];
        for (int i = 0; i < sensors.size(); i++) {
            SensorPosition s = sensors.get(i);
            if (indexById.put(s.id(), i) != null) {
                throw new IllegalArgumentException("sensor id '" + s.id() + "' appears twice in the layout");
            }
            xs[i] = s.x();
            ys[i] = s.y();
            heights[i] = s.height();
        }
    }

    public int size() {
        return xs.length;
    }

    public int indexOf(String sensorId) {
        Integer i = indexById.get(sensorId);
        return i == null ? -1 : i;
    }

    public SensorPosition sensor(int index) {
        return sensors.get(index);
    }

    public List<SensorPosition> sensors() {
        return sensors;
    }

    public double x(int index) {
        return xs[index];
    }

    public double y(int index) {
        return ys[index];
    }

    public double height(int index) {
        return heights[index];
    }
}
