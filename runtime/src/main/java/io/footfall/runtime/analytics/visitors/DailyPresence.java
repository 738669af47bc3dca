package io.footfall.runtime.analytics.visitors;

import java.util.HashMap;
import java.util.Map;

/**
 * One UTC day of presence per identity: time present (gaps between consecutive sightings up to
 * {@code maxGapMs} count as present) and which addresses it used. Staff are identities present for at least
 * {@code staffMs} in the day — shoppers rarely stay for hours, people working there do.
 */
final class DailyPresence {
    final String day;
    final Map<String, Presence> identities = new HashMap<>();
    long addresses;
    long randomizedAddresses;

    static final class Presence {
        long lastTs;
        long presentMs;
        boolean staff;
        /** The radio the identity was heard on ("wifi", "ble"; null when sightings do not say). */
        String kind;
    }

    DailyPresence(String day) {
        this.day = day;
    }

    /** Records a sighting; returns the identity's presence. */
    Presence sighted(String identity, long ts, long maxGapMs) {
        Presence p = identities.get(identity);
        if (p == null) {
            p = new Presence();
            p.lastTs = ts;
            identities.put(identity, p);
            return p;
        }
        long gap = ts - p.lastTs;
        if (gap > 0) {
            p.presentMs += Math.min(gap, maxGapMs);
            p.lastTs = ts;
        }
        return p;
    }
}
