package io.footfall.runtime.analytics.identity;

import io.footfall.runtime.analytics.positioning.RadioModel;
import io.footfall.runtime.floorplan.FloorplanGeometry;
import io.footfall.runtime.floorplan.Point;
import io.footfall.runtime.floorplan.Sensor;
import java.util.HashMap;
import java.util.Map;

/**
 * The floorplan's sensor positions and the typical WiFi radio (only WiFi addresses carry the sequence numbers
 * that linking needs) as the {@link AddressLinker}'s sense of place.
 */
final class SensorDistances implements AddressLinker.SensorRanges {
    private final Map<String, Point> positions = new HashMap<>();
    private final RadioModel radio = RadioModel.WIFI_DEFAULT;

    SensorDistances(FloorplanGeometry geometry) {
        for (Sensor s : geometry.plan().sensors()) {
            positions.put(s.id(), s.position());
        }
    }

    @Override
    public double distance(String sensorA, String sensorB) {
        Point a = positions.get(sensorA);
        Point b = positions.get(sensorB);
        return a == null || b == null ? Double.NaN : a.distanceTo(b);
    }

    @Override
    public double reach(int rssi) {
        // One σ of shadowing: walls only make a phone nearer than open space says, and a link is better missed
        // than made between two people.
        return radio.horizontalRangeFor(rssi, 1);
    }
}
