package io.footfall.simulator;

import java.util.SplittableRandom;

/**
 * A phone carried by a person: when it probes for WiFi and advertises over BLE, and under which address.
 * Mutable emission state, advanced by {@link Simulation} in time order. The 802.11 sequence number is a
 * property of the radio, not of the address, so it carries on across an address rotation.
 */
public final class Phone {
    final int index;
    final String owner;
    final Track track;
    final boolean ios;
    final boolean connected;
    final boolean randomizing;
    final boolean rotatesPerBurst;
    final boolean advertisesBle;
    final long bleIntervalMs;
    final SplittableRandom random;
    private final SimulationSettings settings;

    String wifiAddress;
    String bleAddress;
    int seq;
    double nextBurstMs;
    double nextRotationMs;
    double nextBleWindowMs;
    double nextBleRotationMs;
    private boolean firstBurst = true;

    Phone(int index, String owner, Track track, SplittableRandom random, SimulationSettings settings) {
        this.index = index;
        this.owner = owner;
        this.track = track;
        this.random = random;
        this.settings = settings;
        ios = random.nextDouble() >= settings.androidShare();
        connected = !ios && random.nextDouble() < settings.connectedShare();
        randomizing = random.nextDouble() < settings.randomizingShare();
        rotatesPerBurst = randomizing && random.nextDouble() < settings.perBurstShare();
        advertisesBle = random.nextDouble() < settings.bleShare();
        bleIntervalMs = settings.bleAdvertMinMs() + random.nextLong(settings.bleAdvertMaxMs() - settings.bleAdvertMinMs() + 1);
        wifiAddress = randomizing ? Addresses.randomized(random) : Addresses.vendor(random);
        bleAddress = randomizing ? Addresses.randomized(random) : Addresses.vendor(random);
        seq = random.nextInt(4096);
        double start = track.startMs();
        nextBurstMs = start + random.nextDouble() * burstInterval();
        nextRotationMs = start + rotationLifetime();
        nextBleWindowMs = start + random.nextDouble() * settings.bleReportWindowMs();
        nextBleRotationMs = start + 900_000;
    }

    /** Time between probe bursts: iOS 30–45 s; Android ~15 s, or ~60 s when associated to a network. */
    double burstInterval() {
        if (ios) {
            return 30_000 + random.nextDouble() * 15_000;
        }
        double base = connected ? 60_000 : 15_000;
        return base * (0.85 + 0.3 * random.nextDouble());
    }

    private double rotationLifetime() {
        return settings.rotationMinMs() + random.nextDouble() * (settings.rotationMaxMs() - settings.rotationMinMs());
    }

    /** Called at the start of each probe burst: rotates the address when its time has come. */
    void beginBurst(double now) {
        if (randomizing) {
            if (rotatesPerBurst ? !firstBurst : now >= nextRotationMs) {
                wifiAddress = Addresses.randomized(random);
                while (nextRotationMs <= now) {
                    nextRotationMs += rotationLifetime();
                }
            }
        }
        firstBurst = false;
    }

    /** The next 802.11 sequence number (12 bits, wrapping). */
    int nextSeq() {
        seq = (seq + 1) & 0xfff;
        return seq;
    }

    /** Called at the start of each BLE report window: private addresses change every 15 minutes. */
    void beginBleWindow(double now) {
        if (randomizing && now >= nextBleRotationMs) {
            bleAddress = Addresses.randomized(random);
            nextBleRotationMs += 900_000;
        }
    }

    double nextEventMs() {
        return advertisesBle ? Math.min(nextBurstMs, nextBleWindowMs) : nextBurstMs;
    }

    public String wifiAddress() {
        return wifiAddress;
    }

    public String bleAddress() {
        return advertisesBle ? bleAddress : null;
    }

    public boolean randomizing() {
        return randomizing;
    }
}
