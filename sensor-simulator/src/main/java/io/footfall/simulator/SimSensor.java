package io.footfall.simulator;

import io.footfall.runtime.floorplan.FloorplanGeometry;
import io.footfall.runtime.floorplan.Sensor;
import io.footfall.runtime.floorplan.WallFan;
import java.util.List;
import java.util.SplittableRandom;

/** A floorplan sensor as the simulation runs it: its radio, its imperfect clock and its faults. */
final class SimSensor {
    final String id;
    final double x;
    final double y;
    final boolean hearsWifi;
    final boolean hearsBle;
    final RadioParams radio;
    final double wifiRange2;
    final double bleRange2;
    /** Clock offset at the start of the run and drift since, in ms and parts per million. */
    final double offsetMs;
    final double driftPpm;
    private final List<Fault> faults;
    final long delayMs;
    final double duplicateShare;

    /** Walls between this sensor and any phone it can hear. */
    final WallFan walls;

    SimSensor(Sensor sensor, SimulationSettings s, SplittableRandom clockRandom, FloorplanGeometry geo) {
        id = sensor.id();
        x = sensor.position().x();
        y = sensor.position().y();
        hearsWifi = sensor.hears(Sensor.WIFI);
        hearsBle = sensor.hears(Sensor.BLE);
        radio = s.radioFor(id);
        wifiRange2 = square(radio.maxRange(true));
        bleRange2 = square(radio.maxRange(false));
        walls = geo.wallFan(sensor.position(), Math.sqrt(Math.max(wifiRange2, bleRange2)) + 1);
        offsetMs = s.clockSkewSigmaMs() * clockRandom.nextGaussian();
        driftPpm = s.clockDriftSigmaPpm() * clockRandom.nextGaussian();
        faults = s.faults().stream().filter(f -> f.sensor().equals(id)).toList();
        delayMs = faults.stream().filter(f -> f.kind() == Fault.Kind.DELAY).mapToLong(Fault::delayMs).sum();
        duplicateShare = faults.stream().filter(f -> f.kind() == Fault.Kind.DUPLICATE).mapToDouble(Fault::share).max().orElse(0);
    }

    private static double square(double v) {
        return v * v;
    }

    /** The sensor's own timestamp for an event at true time {@code trueMs}. */
    long clock(double trueMs, long startMs) {
        return Math.round(trueMs + offsetMs + driftPpm * 1e-6 * (trueMs - startMs));
    }

    /** Largest |sensor clock − true clock| over a run of {@code durationMs}. */
    double maxSkewMs(long durationMs) {
        return Math.abs(offsetMs) + Math.abs(driftPpm) * 1e-6 * durationMs + 1;
    }

    boolean offlineAt(long offsetFromStartMs) {
        for (Fault f : faults) {
            if (f.kind() == Fault.Kind.OFFLINE && f.activeAt(offsetFromStartMs)) {
                return true;
            }
        }
        return false;
    }
}
