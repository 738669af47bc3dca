package io.footfall.simulator;

import java.util.List;
import java.util.Map;

/**
 * Everything that shapes a simulation run. Same settings and seed, same output, byte for byte.
 *
 * @param startEpochMs       simulated wall clock at the start (the arrival profile reads its hour, UTC)
 * @param durationMs         how much simulated time to run
 * @param shoppersPerHour    mean arrival rate over the run; the time-of-day profile shapes it within
 * @param staffPerStore      staff who stay in their store all day, per store (rounded, at least 1 for a non-empty mall)
 * @param groupShare         share of arrivals that are groups of 2–4 walking together
 * @param phoneShares        probability of carrying 0, 1 and 2 phones
 * @param androidShare       share of phones running Android (the rest iOS)
 * @param connectedShare     share of Android phones associated to a WiFi network (probe every ~60 s instead of ~15 s)
 * @param randomizingShare   share of phones that use randomized (locally administered) WiFi addresses
 * @param perBurstShare      of the randomizing phones, the share that changes address every probe burst (others on an interval)
 * @param rotationMinMs      shortest address lifetime for interval-rotating phones
 * @param rotationMaxMs      longest address lifetime for interval-rotating phones
 * @param probeChannels      channels each probe burst visits, one frame each
 * @param bleShare           share of phones that advertise over BLE (an app or a wearable)
 * @param bleAdvertMinMs     shortest BLE advertising interval
 * @param bleAdvertMaxMs     longest BLE advertising interval
 * @param bleReportWindowMs  a sensor reports each BLE address at most once per window (the first advert it hears)
 * @param radio              path loss for every sensor without an override
 * @param sensorRadio        per-sensor overrides by sensor id
 * @param mountHeightM       height between a sensor on the ceiling and a phone in a hand
 * @param clockSkewSigmaMs   σ of each sensor's clock offset
 * @param clockDriftSigmaPpm σ of each sensor's clock drift
 * @param faults             sensors misbehaving on demand
 */
public record SimulationSettings(long startEpochMs, long durationMs, double shoppersPerHour, long seed,
                                 double staffPerStore, double groupShare, double[] phoneShares,
                                 double androidShare, double connectedShare, double randomizingShare,
                                 double perBurstShare, long rotationMinMs, long rotationMaxMs, List<Integer> probeChannels,
                                 double bleShare, long bleAdvertMinMs, long bleAdvertMaxMs, long bleReportWindowMs,
                                 RadioParams radio, Map<String, RadioParams> sensorRadio, double mountHeightM,
                                 double clockSkewSigmaMs, double clockDriftSigmaPpm, List<Fault> faults) {

    /** 2025-11-25 10:00 UTC: the mall opens; a fixed default keeps runs reproducible. */
    public static final long DEFAULT_START = 1_764_064_800_000L;

    public SimulationSettings {
        phoneShares = phoneShares.clone();
        probeChannels = List.copyOf(probeChannels);
        sensorRadio = Map.copyOf(sensorRadio);
        faults = List.copyOf(faults);
        if (durationMs <= 0) {
            throw new IllegalArgumentException("the duration must be positive");
        }
        if (shoppersPerHour < 0) {
            throw new IllegalArgumentException("shoppers per hour must not be negative");
        }
    }

    public static SimulationSettings defaults() {
        return new SimulationSettings(DEFAULT_START, 3_600_000L, 1000, 1, 0.25, 0.12,
                new double[] {0.1, 0.75, 0.15}, 0.55, 0.35, 0.7, 0.4, 300_000, 1_200_000, List.of(1, 6, 11),
                0.3, 100, 1000, 5000, RadioParams.DEFAULT, Map.of(), 1.8, 150, 20, List.of());
    }

    public SimulationSettings withDuration(long ms) {
        return new SimulationSettings(startEpochMs, ms, shoppersPerHour, seed, staffPerStore, groupShare, phoneShares,
                androidShare, connectedShare, randomizingShare, perBurstShare, rotationMinMs, rotationMaxMs, probeChannels,
                bleShare, bleAdvertMinMs, bleAdvertMaxMs, bleReportWindowMs, radio, sensorRadio, mountHeightM,
                clockSkewSigmaMs, clockDriftSigmaPpm, faults);
    }

    public SimulationSettings withShoppersPerHour(double perHour) {
        return new SimulationSettings(startEpochMs, durationMs, perHour, seed, staffPerStore, groupShare, phoneShares,
                androidShare, connectedShare, randomizingShare, perBurstShare, rotationMinMs, rotationMaxMs, probeChannels,
                bleShare, bleAdvertMinMs, bleAdvertMaxMs, bleReportWindowMs, radio, sensorRadio, mountHeightM,
                clockSkewSigmaMs, clockDriftSigmaPpm, faults);
    }

    public SimulationSettings withSeed(long newSeed) {
        return new SimulationSettings(startEpochMs, durationMs, shoppersPerHour, newSeed, staffPerStore, groupShare, phoneShares,
                androidShare, connectedShare, randomizingShare, perBurstShare, rotationMinMs, rotationMaxMs, probeChannels,
                bleShare, bleAdvertMinMs, bleAdvertMaxMs, bleReportWindowMs, radio, sensorRadio, mountHeightM,
                clockSkewSigmaMs, clockDriftSigmaPpm, faults);
    }

    public SimulationSettings withStart(long epochMs) {
        return new SimulationSettings(epochMs, durationMs, shoppersPerHour, seed, staffPerStore, groupShare, phoneShares,
                androidShare, connectedShare, randomizingShare, perBurstShare, rotationMinMs, rotationMaxMs, probeChannels,
                bleShare, bleAdvertMinMs, bleAdvertMaxMs, bleReportWindowMs, radio, sensorRadio, mountHeightM,
                clockSkewSigmaMs, clockDriftSigmaPpm, faults);
    }

    public SimulationSettings withFaults(List<Fault> newFaults) {
        return new SimulationSettings(startEpochMs, durationMs, shoppersPerHour, seed, staffPerStore, groupShare, phoneShares,
                androidShare, connectedShare, randomizingShare, perBurstShare, rotationMinMs, rotationMaxMs, probeChannels,
                bleShare, bleAdvertMinMs, bleAdvertMaxMs, bleReportWindowMs, radio, sensorRadio, mountHeightM,
                clockSkewSigmaMs, clockDriftSigmaPpm, newFaults);
    }

    public SimulationSettings withRadio(RadioParams params, Map<String, RadioParams> perSensor) {
        return new SimulationSettings(startEpochMs, durationMs, shoppersPerHour, seed, staffPerStore, groupShare, phoneShares,
                androidShare, connectedShare, randomizingShare, perBurstShare, rotationMinMs, rotationMaxMs, probeChannels,
                bleShare, bleAdvertMinMs, bleAdvertMaxMs, bleReportWindowMs, params, perSensor, mountHeightM,
                clockSkewSigmaMs, clockDriftSigmaPpm, faults);
    }

    public SimulationSettings withDevices(double randomizing, double perBurst, double ble, double staff, double groups) {
        return new SimulationSettings(startEpochMs, durationMs, shoppersPerHour, seed, staff, groups, phoneShares,
                androidShare, connectedShare, randomizing, perBurst, rotationMinMs, rotationMaxMs, probeChannels,
                ble, bleAdvertMinMs, bleAdvertMaxMs, bleReportWindowMs, radio, sensorRadio, mountHeightM,
                clockSkewSigmaMs, clockDriftSigmaPpm, faults);
    }

    public RadioParams radioFor(String sensorId) {
        return sensorRadio.getOrDefault(sensorId, radio);
    }
}
