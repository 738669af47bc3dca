package io.footfall.runtime.analytics.visits;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Cuts each device's stream of (time, zone) positions into visits. Positions are noisy near walls, so a
 * visit starts only after {@code enterAfterMs} of consecutive positions in the new zone (back-dated to the
 * first of them) and ends only after {@code exitAfterMs} spent elsewhere; shorter excursions are part of the
 * visit. A device not positioned for {@code timeoutMs} has left: its visit ends at its last position inside.
 * Visits shorter than {@code minDwellMs} are walk-throughs and are not reported. State lives per device
 * across calls, so a visit spanning many batches is reported once, whole.
 */
public final class VisitTracker {
    private final long enterAfterMs;
    private final long exitAfterMs;
    private final long timeoutMs;
    private final long minDwellMs;
    private final Consumer<Visit> sink;
    private final Map<String, DeviceVisit> devices = new HashMap<>();
    private long streamTime = Long.MIN_VALUE;
    private long lastSweep;
    private long shortStays;

    private static final class DeviceVisit {
        String zone;
        long enterTs;
        long lastInTs;
        String candidate;
        long candidateSince;
        long lastSeen;
    }

    public VisitTracker(long enterAfterMs, long exitAfterMs, long timeoutMs, long minDwellMs, Consumer<Visit> sink) {
        this.enterAfterMs = enterAfterMs;
        this.exitAfterMs = exitAfterMs;
        this.timeoutMs = timeoutMs;
        this.minDwellMs = minDwellMs;
        this.sink = sink;
    }

    /** One position; {@code zone} is null when the device is in no zone that counts for visits. */
    public void position(String device, long ts, String zone) {
        DeviceVisit d = devices.computeIfAbsent(device, k -> new DeviceVisit());
        if (d.zone != null && ts - d.lastSeen > timeoutMs) {
            close(device, d);
        }
        d.lastSeen = Math.max(d.lastSeen, ts);
        if (zone != null && zone.equals(d.zone)) {
            d.lastInTs = ts;
            d.candidate = null;
        } else {
            if (d.zone != null && ts - d.lastInTs >= exitAfterMs) {
                close(device, d);
            }
            if (zone == null) {
                d.candidate = null;
            } else {
                if (!zone.equals(d.candidate)) {
                    d.candidate = zone;
                    d.candidateSince = ts;
                }
                if (ts - d.candidateSince >= enterAfterMs) {
                    if (d.zone != null) {
                        close(device, d);
                    }
                    d.zone = zone;
                    d.enterTs = d.candidateSince;
                    d.lastInTs = ts;
                    d.candidate = null;
                }
            }
        }
        if (ts > streamTime) {
            streamTime = ts;
            if (streamTime - lastSweep > Math.max(1000, timeoutMs / 4)) {
                closeTimedOut();
                lastSweep = streamTime;
            }
        }
    }

    private void closeTimedOut() {
        for (Iterator<Map.Entry<String, DeviceVisit>> it = devices.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, DeviceVisit> e = it.next();
            DeviceVisit d = e.getValue();
            if (streamTime - d.lastSeen > timeoutMs) {
                if (d.zone != null) {
                    close(e.getKey(), d);
                }
                it.remove();
            }
        }
    }

    private void close(String device, DeviceVisit d) {
        if (d.lastInTs - d.enterTs >= minDwellMs) {
            sink.accept(new Visit(device, d.zone, d.enterTs, d.lastInTs));
        } else {
            shortStays++;
        }
        d.zone = null;
    }

    /** Ends every open visit (the stream is over). */
    public void closeAll() {
        devices.forEach((device, d) -> {
            if (d.zone != null) {
                close(device, d);
            }
        });
        devices.clear();
    }

    public int openDevices() {
        return devices.size();
    }

    /** Stays dropped for being shorter than the minimum dwell. */
    public long shortStays() {
        return shortStays;
    }
}
