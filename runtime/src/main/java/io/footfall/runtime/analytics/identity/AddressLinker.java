package io.footfall.runtime.analytics.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Follows one phone across its randomized addresses. A phone that rotates its address stops using the old
 * one and starts the new one at its next probe burst, in the same place or not far off, and (WiFi) carries on
 * its 802.11 sequence counter. So a randomized address heard for the first time is held back for one burst
 * ({@value #BURST_MS} ms, all the frames the sensors heard), then compared with the randomized addresses that
 * fell silent within {@code linkWindowMs} before it:
 * <ul>
 *   <li>sequence continuity: the new burst's frames must follow the old one's last frames within
 *       {@code maxSeqGap} (mod 4096), otherwise the candidate is ruled out; a close follow-on scores high;</li>
 *   <li>fingerprint: the sensors that heard the two bursts, and how loud, must agree to within
 *       {@code maxFingerprintDb} (root mean square over the sensors either burst reached; a sensor that did not
 *       hear a burst counts as just under the floor). A phone standing in a store sounds the same burst after
 *       burst; a stranger elsewhere does not;</li>
 *   <li>place, when the sensors' positions are known: the phone was within radio range of the sensor that
 *       heard the old burst loudest and is within range of the one hearing the new burst loudest, and cannot
 *       have walked faster than {@code maxWalkSpeed} in between;</li>
 *   <li>timing: a shorter silence scores a little higher.</li>
 * </ul>
 * The best candidate passes its identity on; each silent address hands over at most once. When an address
 * that handed over is heard again, the link was wrong (two phones) and is undone for the future. A link is
 * better missed than made between two people: a missed one starts a new identity (one person counted twice),
 * a false one moves a person's track across the mall. Addresses that are not randomized, or carry no sequence
 * numbers, are their own identity. Identities that find no predecessor are new visitors: the count of
 * identities is the estimate of people when addresses rotate.
 */
public final class AddressLinker {
    private static final int SEQ_MODULO = 4096;
    /** Readings of one address this close together are one burst (frames on several channels, skewed clocks). */
    static final long BURST_MS = 1500;
    /** What a sensor that did not hear a burst is taken to have heard: just under a WiFi sensor's floor. */
    private static final double UNHEARD_DBM = -95;

    private final long linkWindowMs;
    private final int maxSeqGap;
    private final double maxFingerprintDb;
    private final long forgetAfterMs;
    private final SensorRanges ranges;
    private final double maxWalkSpeed;

    private final Map<String, AddressState> addresses = new HashMap<>();
    /** New randomized addresses whose first burst is still being heard, oldest first. */
    private final Map<String, AddressState> pending = new LinkedHashMap<>();
    /**
     * Randomized addresses that carry sequence numbers, by {@code lastSeq / maxSeqGap}: a new address can only
     * continue one whose last sequence number is at most one bucket before its own, so a lookup reads a few
     * buckets instead of every address in the mall.
     */
    private final Map<Integer, Set<AddressState>> bySeqBucket = new HashMap<>();
    private long newestTs = Long.MIN_VALUE;
    private long links;
    private long undoneLinks;
    /** Undone links handed to the runner-up candidate instead of starting a new identity. */
    private long relinks;
    private long newIdentities;

    /** Where sensors are and how far a reading can have come from; null when the linker has no floorplan. */
    public interface SensorRanges {
        /** Distance in meters between two sensors, or NaN when either is unknown. */
        double distance(String sensorA, String sensorB);

        /** How far (horizontally) a phone is likely to be from a sensor that hears it at {@code rssi}. */
        double reach(int rssi);
    }

    public AddressLinker(long linkWindowMs, int maxSeqGap, double maxFingerprintDb, long forgetAfterMs) {
        this(linkWindowMs, maxSeqGap, maxFingerprintDb, forgetAfterMs, null, 0);
    }

    public AddressLinker(long linkWindowMs, int maxSeqGap, double maxFingerprintDb, long forgetAfterMs,
                         SensorRanges ranges, double maxWalkSpeed) {
        this.linkWindowMs = linkWindowMs;
        this.maxSeqGap = maxSeqGap;
        this.maxFingerprintDb = maxFingerprintDb;
        this.forgetAfterMs = Math.max(forgetAfterMs, linkWindowMs * 2);
        this.ranges = ranges;
        this.maxWalkSpeed = maxWalkSpeed;
    }

    /** One burst of an address as the sensors heard it. */
    private static final class Burst {
        long start;
        final Map<String, double[]> bySensor = new HashMap<>();
        int[] seqs = new int[0];

        void reset(long ts) {
            start = ts;
            bySensor.clear();
            seqs = new int[0];
        }

        void add(String sensor, int rssi, Integer seq) {
            double[] sumCount = bySensor.computeIfAbsent(sensor, s -> new double[2]);
            sumCount[0] += rssi;
            sumCount[1]++;
            if (seq != null && seqs.length < 16) {
                seqs = java.util.Arrays.copyOf(seqs, seqs.length + 1);
                seqs[seqs.length - 1] = Math.floorMod(seq, SEQ_MODULO);
            }
        }

        double mean(String sensor) {
            double[] sc = bySensor.get(sensor);
            return sc == null ? UNHEARD_DBM : Math.max(UNHEARD_DBM, sc[0] / sc[1]);
        }

        String loudest() {
            String best = null;
            double level = Double.NEGATIVE_INFINITY;
            for (Map.Entry<String, double[]> e : bySensor.entrySet()) {
                double m = e.getValue()[0] / e.getValue()[1];
                if (m > level) {
                    level = m;
                    best = e.getKey();
                }
            }
            return best;
        }
    }

    private static final class AddressState {
        final String address;
        final boolean randomized;
        String identity;
        long firstTs;
        long lastTs;
        int lastSeq = -1;
        final Burst burst = new Burst();
        AddressState successor;
        /** The second most likely predecessor when this address was linked: where it goes if the link is undone. */
        AddressState runnerUp;

        AddressState(String address, boolean randomized, long ts) {
            this.address = address;
            this.randomized = randomized;
            this.identity = address;
            this.firstTs = ts;
            this.lastTs = ts;
            burst.reset(ts);
        }
    }

    /**
     * Takes one sighting. Returns the identity (an address, possibly an earlier one of the same phone), or null
     * while the address is new and its first burst is still being heard: {@link #resolveDue} says when it is
     * decided.
     */
    public String observe(String address, boolean randomized, long ts, Integer seq, String sensor, int rssi) {
        newestTs = Math.max(newestTs, ts);
        AddressState state = addresses.get(address);
        if (state == null) {
            state = new AddressState(address, randomized, ts);
            addresses.put(address, state);
            if (randomized && seq != null) {
                pending.put(address, state);
            } else {
                newIdentities++;
            }
        } else if (state.successor != null && ts > state.lastTs) {
            // The address we thought had rotated away is still in use: the successor is somebody else, most
            // likely the phone of the runner-up candidate if that one has stayed silent since (two silent phones
            // nearby whose sequence numbers both fit: the wrong one won).
            AddressState wrong = state.successor;
            state.successor = null;
            undoneLinks++;
            AddressState other = wrong.runnerUp;
            wrong.runnerUp = null;
            if (other != null && other.successor == null && other.lastTs < wrong.firstTs) {
                other.successor = wrong;
                wrong.identity = other.identity;
                relinks++;
            } else {
                wrong.identity = wrong.address;
                newIdentities++;
            }
        }
        if (ts - state.burst.start > BURST_MS) {
            state.burst.reset(ts);
        }
        state.burst.add(sensor, rssi, seq);
        state.lastTs = Math.max(state.lastTs, ts);
        if (randomized && seq != null) {
            moveToSeqBucket(state, seq);
            state.lastSeq = Math.floorMod(seq, SEQ_MODULO);
        }
        return pending.containsKey(address) ? null : state.identity;
    }

    /** Decides every pending address whose first burst ended before {@code now}; returns them, oldest first. */
    public List<String> resolveDue(long now) {
        if (pending.isEmpty()) {
            return List.of(); // called for every sighting: most of the time nothing is waiting
        }
        List<String> done = new ArrayList<>();
        for (Iterator<AddressState> it = pending.values().iterator(); it.hasNext(); ) {
            AddressState p = it.next();
            if (p.firstTs + BURST_MS >= now) {
                break;
            }
            it.remove();
            decide(p);
            done.add(p.address);
        }
        return done;
    }

    /** Decides every pending address now (the end of the input). */
    public List<String> resolveAll() {
        return resolveDue(Long.MAX_VALUE);
    }

    /** The identity decided for an address, or the address itself when it is unknown or still pending. */
    public String identityOf(String address) {
        AddressState s = addresses.get(address);
        return s == null ? address : s.identity;
    }

    /** {@link #observe} that decides a new address on its first sighting: for callers that cannot wait. */
    public String identify(String address, boolean randomized, long ts, Integer seq, String sensor, int rssi) {
        String identity = observe(address, randomized, ts, seq, sensor, rssi);
        if (identity != null) {
            return identity;
        }
        AddressState p = pending.remove(address);
        decide(p);
        return p.identity;
    }

    private void decide(AddressState p) {
        AddressState predecessor = bestPredecessor(p);
        if (predecessor != null) {
            p.runnerUp = runnerUp;
            predecessor.successor = p;
            p.identity = predecessor.identity;
            links++;
        } else {
            newIdentities++;
        }
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

    /** Set by {@link #bestPredecessor}: the candidate that scored second, or null. */
    private AddressState runnerUp;

    private AddressState bestPredecessor(AddressState p) {
        AddressState best = null;
        double bestScore = 0;
        runnerUp = null;
        double runnerUpScore = 0;
        int buckets = (SEQ_MODULO + maxSeqGap - 1) / maxSeqGap;
        Set<Integer> looked = new HashSet<>();
        for (int seq : p.burst.seqs) {
            int own = bucketOf(seq);
            for (int b : new int[] {own, Math.floorMod(own - 1, buckets)}) {
                if (!looked.add(b)) {
                    continue;
                }
                for (AddressState c : bySeqBucket.getOrDefault(b, Set.of())) {
                    if (c == p || c.lastTs >= p.firstTs || c.successor != null || p.firstTs - c.lastTs > linkWindowMs
                            || pending.containsKey(c.address)) {
                        continue;
                    }
                    double score = score(c, p);
                    if (score > bestScore) {
                        runnerUp = best;
                        runnerUpScore = bestScore;
                        bestScore = score;
                        best = c;
                    } else if (score > runnerUpScore) {
                        runnerUp = c;
                        runnerUpScore = score;
                    }
                }
            }
        }
        return best;
    }

    /**
     * 0 rules the candidate out; higher is a more likely predecessor. The sequence follow-on weighs most: the
     * next frame number (gap 1) is what a rotating phone sends and a stranger only matches by chance; the
     * fingerprint and the place rule strangers out and rank the rest.
     */
    private double score(AddressState c, AddressState p) {
        int gap = seqGap(c.burst.seqs, p.burst.seqs);
        if (gap == 0 || gap > maxSeqGap) {
            return 0;
        }
        double score = 10.0 * (maxSeqGap - gap + 1) / maxSeqGap;
        double fingerprint = fingerprintDistance(c.burst, p.burst);
        if (fingerprint > maxFingerprintDb) {
            return 0;
        }
        score += 3.0 * (1.0 - fingerprint / (maxFingerprintDb + 1));
        long silence = p.firstTs - c.lastTs;
        if (ranges != null) {
            String a = c.burst.loudest();
            String b = p.burst.loudest();
            double apart = a == null || b == null ? Double.NaN : ranges.distance(a, b);
            if (!Double.isNaN(apart)) {
                double possible = ranges.reach((int) Math.round(c.burst.mean(a))) + ranges.reach((int) Math.round(p.burst.mean(b)))
                        + maxWalkSpeed * silence / 1000.0;
                if (apart > possible) {
                    return 0;
                }
                score += 2.0 * (1.0 - apart / (possible + 1));
            }
        }
        return score + 0.5 * (1.0 - (double) silence / (linkWindowMs + 1));
    }

    /** The smallest forward step from a frame of the old burst to a frame of the new one; 0 when none. */
    private static int seqGap(int[] older, int[] newer) {
        int best = 0;
        for (int o : older) {
            for (int n : newer) {
                int gap = Math.floorMod(n - o, SEQ_MODULO);
                if (gap > 0 && (best == 0 || gap < best)) {
                    best = gap;
                }
            }
        }
        return best;
    }

    /** Root mean square difference of the mean RSSI per sensor over the sensors either burst reached. */
    private static double fingerprintDistance(Burst a, Burst b) {
        Set<String> sensors = new HashSet<>(a.bySensor.keySet());
        sensors.addAll(b.bySensor.keySet());
        double squares = 0;
        for (String s : sensors) {
            double d = a.mean(s) - b.mean(s);
            squares += d * d;
        }
        return sensors.isEmpty() ? Double.POSITIVE_INFINITY : Math.sqrt(squares / sensors.size());
    }

    /** Drops addresses silent for longer than the forget horizon; call now and then. */
    public void forgetQuiet() {
        long horizon = newestTs - forgetAfterMs;
        addresses.values().removeIf(s -> s.lastTs < horizon && !pending.containsKey(s.address));
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

    /** Undone links whose address went to the runner-up candidate. */
    public long relinks() {
        return relinks;
    }

    /** Identities started so far: the estimate of distinct phones. */
    public long identities() {
        return newIdentities;
    }

    public int trackedAddresses() {
        return addresses.size();
    }

    /** New addresses waiting for their first burst to end. */
    public int pendingAddresses() {
        return pending.size();
    }
}
