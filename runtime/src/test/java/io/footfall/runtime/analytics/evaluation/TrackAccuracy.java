package io.footfall.runtime.analytics.evaluation;

import io.footfall.runtime.analytics.data.BogaziciConverter;
import io.footfall.runtime.analytics.data.BogaziciDataset;
import io.footfall.runtime.analytics.data.BogaziciSite;
import io.footfall.runtime.analytics.data.BogaziciTrack;
import io.footfall.runtime.analytics.files.PositionRow;
import io.footfall.runtime.analytics.positioning.DevicePositioner;
import io.footfall.runtime.analytics.positioning.PositionStream;
import io.footfall.runtime.analytics.positioning.Positioning;
import io.footfall.runtime.analytics.positioning.PositioningMethod;
import io.footfall.runtime.analytics.positioning.SensorLayout;
import io.footfall.runtime.analytics.positioning.WalkableArea;
import io.footfall.runtime.analytics.positioning.WeightedCentroidPositioner;
import io.footfall.runtime.sighting.Sighting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Scores positioning on the Boğaziçi tracks, each walked on its own: per-track and pooled errors.
 * Shared by the accuracy tests and the benchmark table so both report the same numbers.
 */
public final class TrackAccuracy {
    /** One estimate per half second of track, like the data set's anchor. */
    public static final long CADENCE_MILLIS = 500;

    private TrackAccuracy() {
    }

    /** Per-track errors (in track order) of a method run through {@link PositionStream}. */
    public static Map<String, double[]> run(BogaziciDataset dataset, Supplier<DevicePositioner> positioners) {
        SensorLayout layout = BogaziciSite.layout(dataset);
        Map<String, double[]> out = new LinkedHashMap<>();
        for (BogaziciTrack track : dataset.tracks()) {
            List<Sighting> sightings = BogaziciConverter.sightings(dataset, track);
            List<PositionRow> rows = new ArrayList<>();
            for (PositionStream.DeviceEstimate e : PositionStream.run(layout, positioners, CADENCE_MILLIS, 10_000, sightings)) {
                rows.add(new PositionRow(e.estimate().ts(), e.device(), e.estimate().x(), e.estimate().y(), null));
            }
            out.put(track.name(), new PositionErrorEvaluator(BogaziciConverter.truth(track)).evaluate(rows).errors());
        }
        return out;
    }

    /** A method with default parameters over the room with its furniture (the site's plan). */
    public static Map<String, double[]> run(BogaziciDataset dataset, PositioningMethod method) {
        return run(dataset, method, BogaziciSite.aisles(dataset));
    }

    public static Map<String, double[]> run(BogaziciDataset dataset, PositioningMethod method, WalkableArea area) {
        Positioning positioning = new Positioning(BogaziciSite.layout(dataset), area);
        return run(dataset, () -> positioning.newPositioner(method));
    }

    /**
     * The data set README's anchor, exactly as it describes it: every 0.5 s from the track's first
     * reading, the readings of the next second, mean RSSI per receiver, the 3 strongest weighted by
     * 10^(rssi/20); the estimate is labelled with its window's start.
     */
    public static Map<String, double[]> anchor(BogaziciDataset dataset) {
        SensorLayout layout = BogaziciSite.layout(dataset);
        Map<String, double[]> out = new LinkedHashMap<>();
        for (BogaziciTrack track : dataset.tracks()) {
            List<Sighting> sightings = BogaziciConverter.sightings(dataset, track);
            WeightedCentroidPositioner centroid = new WeightedCentroidPositioner(layout, 1000, 3);
            List<PositionRow> rows = new ArrayList<>();
            int next = 0;
            for (long t = track.startTs(); t + 1000 <= track.endTs(); t += CADENCE_MILLIS) {
                while (next < sightings.size() && sightings.get(next).ts() < t + 1000) {
                    Sighting s = sightings.get(next++);
                    centroid.observe(s.ts(), layout.indexOf(s.sensor()), s.rssi());
                }
                var e = centroid.estimate(t + 1000);
                if (e != null) {
                    rows.add(new PositionRow(t, sightings.get(0).device(), e.x(), e.y(), null));
                }
            }
            out.put(track.name(), new PositionErrorEvaluator(BogaziciConverter.truth(track)).evaluate(rows).errors());
        }
        return out;
    }

    public static double[] pooled(Map<String, double[]> perTrack) {
        return perTrack.values().stream().flatMapToDouble(java.util.Arrays::stream).toArray();
    }
}
