package io.footfall.runtime.analytics.visits;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds pairs of devices carried by one person (a phone and a second phone, tablet or watch) from their visits,
 * so that a store visit can be counted once per carrier rather than once per device.
 *
 * <p>Two devices of one person enter and leave the same stores together. Visits are cut from positions that
 * WiFi bursts every 15-60 s fix, so "together" means: the same zone, entered within {@code windowMs} of each
 * other and left within {@code windowMs}. Strangers do that too now and then (a popular store, the food
 * court), so a pair needs {@code minMatches} such visits, and every visit of one that overlaps (by a minute or
 * more) a visit of the other in another zone counts against it: a pair is kept when its matches reach
 * {@code minMatches} plus its mismatches. A device with two or more such partners walks with a group of
 * people (group members follow each other's route a second apart, which visits cannot tell from one person's
 * two devices); its visits stay counted per device, so only clean pairs are merged. That rule is the guess that
 * a pair is more often one person's two devices than two people with one each; where couples are the usual
 * visitors it undercounts them.
 *
 * <p>Memory is per device: its last {@value #KEPT_VISITS} visits and at most {@value #MAX_PARTNERS} partners,
 * plus the visits of the last {@code retainMs} per zone to find matches in. Devices without partners are
 * forgotten once idle for an hour; pairs are decided when {@link #duplicateVisits} is asked (at the end of a
 * run), each pair remembering the zones of its matched visits.
 */
public final class CarrierPairs {
    public static final long DEFAULT_WINDOW_MS = 60_000;
    public static final int DEFAULT_MIN_MATCHES = 2;
    static final int KEPT_VISITS = 8;
    static final int MAX_PARTNERS = 8;
    private static final long MIN_OVERLAP_MS = 60_000;
    private static final long IDLE_MS = 3_600_000;

    private final long windowMs;
    private final int minMatches;
    private final long retainMs;
    private final Map<String, ArrayDeque<Visit>> recentByZone = new HashMap<>();
    private final Map<String, Carrier> devices = new HashMap<>();
    private long latestExit = Long.MIN_VALUE;
    private long lastSweep = Long.MIN_VALUE;

    private static final class Carrier {
        final ArrayDeque<Visit> visits = new ArrayDeque<>();
        final Map<String, Pair> partners = new HashMap<>();
        long lastExit;
    }

    /** What two devices' visits say about them; shared by both devices' partner maps. */
    private static final class Pair {
        int matches;
        int mismatches;
        final List<String> matchedZones = new ArrayList<>();
    }

    public CarrierPairs() {
        this(DEFAULT_WINDOW_MS, DEFAULT_MIN_MATCHES);
    }

    public CarrierPairs(long windowMs, int minMatches) {
        if (windowMs <= 0 || minMatches < 1) {
            throw new IllegalArgumentException("windowMs must be > 0 and minMatches >= 1");
        }
        this.windowMs = windowMs;
        this.minMatches = minMatches;
        // Visits leave the sessionizer when they end (a minute or two after the exit); a partner's visit that
        // ended within the window may arrive a few minutes later.
        this.retainMs = windowMs + 600_000;
    }

    /** One closed visit, in the order visits end (roughly: a few minutes out of order is fine). */
    public void accept(Visit v) {
        Carrier self = devices.computeIfAbsent(v.device(), k -> new Carrier());
        Map<String, Boolean> matchedNow = new HashMap<>();
        ArrayDeque<Visit> recent = recentByZone.computeIfAbsent(v.zone(), k -> new ArrayDeque<>());
        for (Visit w : recent) {
            if (w.device().equals(v.device()) || Math.abs(w.enterTs() - v.enterTs()) > windowMs
                    || Math.abs(w.exitTs() - v.exitTs()) > windowMs || matchedNow.containsKey(w.device())) {
                continue;
            }
            Carrier other = devices.get(w.device());
            if (other == null) {
                continue;
            }
            Pair p = self.partners.get(w.device());
            if (p == null) {
                if (self.partners.size() >= MAX_PARTNERS || other.partners.size() >= MAX_PARTNERS) {
                    continue;
                }
                p = new Pair();
                p.mismatches = mismatches(self, other, v, w);
                self.partners.put(w.device(), p);
                other.partners.put(v.device(), p);
            }
            p.matches++;
            p.matchedZones.add(v.zone());
            matchedNow.put(w.device(), Boolean.TRUE);
        }
        for (Map.Entry<String, Pair> e : self.partners.entrySet()) {
            if (matchedNow.containsKey(e.getKey())) {
                continue;
            }
            Carrier other = devices.get(e.getKey());
            if (other != null && overlapsElsewhere(v, other.visits)) {
                e.getValue().mismatches++;
            }
        }
        self.visits.addLast(v);
        if (self.visits.size() > KEPT_VISITS) {
            self.visits.removeFirst();
        }
        self.lastExit = Math.max(self.lastExit, v.exitTs());
        recent.addLast(v);
        if (v.exitTs() > latestExit) {
            latestExit = v.exitTs();
            if (lastSweep == Long.MIN_VALUE) {
                lastSweep = latestExit;
            } else if (latestExit - lastSweep > 60_000) {
                sweep();
                lastSweep = latestExit;
            }
        }
    }

    /** Mismatches two devices' kept visits show so far (the just-matched pair of visits left out). */
    private static int mismatches(Carrier a, Carrier b, Visit va, Visit vb) {
        int n = 0;
        for (Visit x : a.visits) {
            if (x != va && overlapsElsewhere(x, b.visits, vb)) {
                n++;
            }
        }
        for (Visit y : b.visits) {
            if (y != vb && overlapsElsewhere(y, a.visits, va)) {
                n++;
            }
        }
        return n;
    }

    private static boolean overlapsElsewhere(Visit v, Iterable<Visit> others) {
        return overlapsElsewhere(v, others, null);
    }

    private static boolean overlapsElsewhere(Visit v, Iterable<Visit> others, Visit except) {
        for (Visit o : others) {
            if (o != except && !o.zone().equals(v.zone())
                    && Math.min(o.exitTs(), v.exitTs()) - Math.max(o.enterTs(), v.enterTs()) >= MIN_OVERLAP_MS) {
                return true;
            }
        }
        return false;
    }

    private void sweep() {
        for (ArrayDeque<Visit> q : recentByZone.values()) {
            while (!q.isEmpty() && q.peekFirst().exitTs() < latestExit - retainMs) {
                q.removeFirst();
            }
        }
        // Visits end out of order by a few minutes, so a stale head can hide fresher ones behind it: that
        // only keeps them a little longer.
        for (Iterator<Map.Entry<String, Carrier>> it = devices.entrySet().iterator(); it.hasNext(); ) {
            Carrier c = it.next().getValue();
            if (c.partners.isEmpty() && latestExit - c.lastExit > IDLE_MS) {
                it.remove();
            }
        }
    }

    private boolean kept(Pair p) {
        return p.matches >= minMatches + p.mismatches;
    }

    private int keptPartners(Carrier c) {
        int n = 0;
        for (Pair p : c.partners.values()) {
            if (kept(p)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Per zone, the visits that were a carrier's second device (the same stay counted again): a zone's visits
     * minus these count carriers. Only pairs whose two devices have no other kept partner count.
     */
    public Map<String, Integer> duplicateVisits() {
        Map<String, Integer> out = new TreeMap<>();
        forEachMergedPair(p -> p.matchedZones.forEach(z -> out.merge(z, 1, Integer::sum)));
        return out;
    }

    /** Device pairs taken for one carrier's two devices. */
    public int mergedPairs() {
        int[] n = {0};
        forEachMergedPair(p -> n[0]++);
        return n[0];
    }

    private void forEachMergedPair(java.util.function.Consumer<Pair> action) {
        for (Map.Entry<String, Carrier> e : devices.entrySet()) {
            Carrier a = e.getValue();
            for (Map.Entry<String, Pair> pe : a.partners.entrySet()) {
                // each pair once: from the device whose name sorts first
                if (e.getKey().compareTo(pe.getKey()) >= 0 || !kept(pe.getValue())) {
                    continue;
                }
                Carrier b = devices.get(pe.getKey());
                if (b != null && keptPartners(a) == 1 && keptPartners(b) == 1) {
                    action.accept(pe.getValue());
                }
            }
        }
    }

    /** Devices with state (for memory checks). */
    public int trackedDevices() {
        return devices.size();
    }
}
