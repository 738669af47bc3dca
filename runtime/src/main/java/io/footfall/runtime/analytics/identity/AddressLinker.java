package io.footfall.runtime.analytics.identity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Follows one phone across its randomized addresses. A phone that rotates its address stops using the old
 * one and starts the new one moments later, in the same place, and (WiFi) carries on its 802.11 sequence
 * counter. So when a randomized address is heard for the first time, the linker looks at the randomized
 * addresses that fell silent within {@code linkWindowMs} before it and scores them:
 * Only WiFi addresses carrying {@code seq} are linked (without it, timing and RSSI join strangers too often).
 * <ul>
 *   <li>sequence continuity: the new one must follow the old within
 *       {@code maxSeqGap} (mod 4096), otherwise the candidate is ruled out; a close follow-on scores high;</li>
 *   <li>timing: a shorter silence scores higher;</li>
 *   <li>RSSI pattern: the same sensor must hear it at a similar level (within {@code maxRssiDelta} dB);</li>
 *   <li>place, when the sensors' positions are known: the phone was within radio range of the sensor that
 *       heard the old address loudest in its last burst, and is now within range of the sensor hearing the new
 *       one, and cannot have walked faster than {@code maxWalkSpeed} in between. A stranger on the other side of
 *       the mall whose sequence number happens to fit is ruled out.</li>
 * </ul>
 * The best candidate passes its identity on; each silent address hands over at most once. When an address
 * that handed over is heard again, the link was wrong (two phones) and is undone for the future.
 * Addresses that are not randomized are their own identity. Identities that find no predecessor are new
 * visitors: the count of identities is the estimate of people when addresses rotate.
 */
public final class AddressLinker {
    private static final int SEQ_MODULO = 4096;
    /** Readings of one address this close together are one burst (frames on several channels, skewed clocks). */
    private static final long BURST_MS = 2000;

    private final long linkWindowMs;
    private final int maxSeqGap;
    private final double maxRssiDelta;
    private final long forgetAfterMs;

    private final SensorRanges ranges;
    private final double maxWalkSpeed;
    private final Map<String, AddressState> addresses = new HashMap<>();
    /**
     * Randomized addresses that carry sequence numbers, by {@code lastSeq / maxSeqGap}: a new address can only
     * continue one whose last sequence number is at most one bucket before its own, so a lookup reads two buckets
     * instead of every address in the mall.
     */
    private final Map<Integer, Set<AddressState>> bySeqBucket = new HashMap<>();
    private long newestTs = Long.MIN_VALUE;
    private long links;
    private long undoneLinks;
    private long newIdentities;

    /** Where sensors are and how far a reading can have come from; null when the linker has no floorplan. */
    public interface SensorRanges {
        /** Distance in meters between two sensors, or NaN when either is unknown. */
        double distance(String sensorA, String sensorB);

        /** The farthest a phone can be (horizontally) from a sensor that hears it at {@code rssi}. */
        double reach(int rssi);
    }

    public AddressLinker(long linkWindowMs, int maxSeqGap, double maxRssiDelta, long forgetAfterMs) {
        this(linkWindowMs, maxSeqGap, maxRssiDelta, forgetAfterMs, null, 0);
    }

    public AddressLinker(long linkWindowMs, int maxSeqGap, double maxRssiDelta, long forgetAfterMs, SensorRanges ranges,
                         double maxWalkSpeed) {
        this.ranges = ranges;
        this.maxWalkSpeed = maxWalkSpeed;
        this.linkWindowMs = linkWindowMs;
        this.maxSeqGap = maxSeqGap;
        this.maxRssiDelta = maxRssiDelta;
        this.forgetAfterMs = Math.max(forgetAfterMs, linkWindowMs * 2);
    }

    private static final class AddressState {
        final String address;
        final boolean randomized;
        String identity;
        long firstTs;
        long lastTs;
        int lastSeq = -1;
        String lastSensor;
        int lastRssi;
        /** The loudest reading of the address's latest burst: the best clue to where the phone was. */
        String loudestSensor;
        int loudestRssi;
        long loudestTs;
        AddressState successor;

        AddressState(String address, boolean randomized, long ts) {
            this.address = address;
            this.randomized = randomized;
            this.identity = address;
            this.firstTs = ts;
            this.lastTs = ts;
        }
    }

    /** The identity (an address, possibly an earlier one of the same phone) for this sighting. */
    public String identify(String address, boolean randomized, long ts, Integer seq, String sensor, int rssi) {
        newestTs = Math.max(newestTs, ts);
        AddressState state = addresses.get(address);
        if (state == null) {
            state = new AddressState(address, randomized, ts);
            addresses.put(address, state);
            if (randomized && seq != null) {
                AddressState predecessor = bestPredecessor(ts, seq, sensor, rssi);
                if (predecessor != null) {
                    predecessor.successor = state;
                    state.identity = predecessor.identity;
                    links++;
                } else {
                    newIdentities++;
                }
            } else {
                newIdentities++;
            }
        } else if (state.successor != null && ts > state.lastTs) {
            // The address we thought had rotated away is still in use: the successor is somebody else.
            AddressState wrong = state.successor;
            wrong.identity = wrong.address;
            state.successor = null;
            undoneLinks++;
            newIdentities++;
        }
        state.lastTs = Math.max(state.lastTs, ts);
        if (randomized && seq != null) {
            moveToSeqBucket(state, seq);
        }
        state.lastSeq = seq == null ? -1 : seq;
        state.lastSensor = sensor;
        state.lastRssi = rssi;
        if (state.loudestSensor == null || ts - state.loudestTs > BURST_MS || rssi > state.loudestRssi) {
            state.loudestSensor = sensor;
            state.loudestRssi = rssi;
            state.loudestTs = ts;
        }
        return state.identity;
    }

    private int bucketOf(int seq) {
        return Math.floorMod(seq, SEQ_MODULO) / maxSeqGap;
    }

    private void moveToSeqBucket(AddressState state, int seq) {
        if (state.lastSeq >= 0) {
            int old = bucketOf(state.lastSeq);
            if (old == bucketOf(seq)) {
                return;
            }
            Set<AddressState> oldBucket = bySeqBucket.get(old);
            if (oldBucket != null) {
                oldBucket.remove(state);
            }
        }
        bySeqBucket.computeIfAbsent(bucketOf(seq), b -> new HashSet<>()).add(state);
    }

    /** Only addresses with sequence numbers are linked: timing and RSSI alone join strangers too often. */
    private AddressState bestPredecessor(long ts, int seq, String sensor, int rssi) {
        AddressState best = null;
        double bestScore = 0;
        int buckets = (SEQ_MODULO + maxSeqGap - 1) / maxSeqGap;
        int own = bucketOf(seq);
        for (int b : new int[] {own, Math.floorMod(own - 1, buckets)}) {
            for (AddressState c : bySeqBucket.getOrDefault(b, Set.of())) {
                if (c.lastTs >= ts || c.successor != null || ts - c.lastTs > linkWindowMs) {
                    continue;
                }
                double score = score(c, ts, seq, sensor, rssi);
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
        }
        return best;
    }

    /**
     * 0 rules the candidate out; higher is a more likely predecessor. The sequence follow-on dominates: every
     * phone is silent between probe bursts, so a short silence says little, while the next frame number
     * (gap 1) is what a rotating phone sends and a stranger only matches by chance.
     */
    private double score(AddressState c, long ts, int seq, String sensor, int rssi) {
        int gap = Math.floorMod(seq - c.lastSeq, SEQ_MODULO);
        if (c.lastSeq < 0 || gap == 0 || gap > maxSeqGap) {
            return 0;
        }
        double score = 10.0 * (maxSeqGap - gap + 1) / maxSeqGap;
        if (sensor.equals(c.lastSensor)) {
            double delta = Math.abs(rssi - c.lastRssi);
            if (delta > maxRssiDelta) {
                return 0;
            }
            score += 2.0 * (1.0 - delta / (maxRssiDelta + 1));
        }
        if (ranges != null && c.loudestSensor != null) {
            double apart = ranges.distance(c.loudestSensor, sensor);
            if (!Double.isNaN(apart)) {
                double possible = ranges.reach(c.loudestRssi) + ranges.reach(rssi) + maxWalkSpeed * (ts - c.lastTs) / 1000.0;
                if (apart > possible) {
                    return 0;
                }
                score += 2.0 * (1.0 - apart / (possible + 1));
            }
        }
        return score + 0.5 * (1.0 - (double) (ts - c.lastTs) / (linkWindowMs + 1));
    }

    /** Drops addresses silent for longer than the forget horizon; call now and then. */
    public void forgetQuiet() {
        long horizon = newestTs - forgetAfterMs;
        addresses.values().removeIf(s -> s.lastTs < horizon);
        for (Set<AddressState> bucket : bySeqBucket.values()) {
            bucket.removeIf(s -> s.lastTs < horizon);
        }
    }

    public long links() {
        return links;
    }

    public long undoneLinks() {
        return undoneLinks;
    }

    /** Identities started so far: the estimate of distinct phones. */
    public long identities() {
        return newIdentities;
    }

    public int trackedAddresses() {
        return addresses.size();
    }
}
