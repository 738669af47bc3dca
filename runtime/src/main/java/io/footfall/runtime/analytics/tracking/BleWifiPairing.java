package io.footfall.runtime.analytics.tracking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Finds which WiFi identity carries each BLE identity. A phone that advertises over BLE does so under an
 * address unrelated to its WiFi address, so the two look like two devices; but they are always in the same
 * place. At each step the BLE identities' and the WiFi identities' position estimates are compared, and each
 * (BLE, WiFi) pair within {@value #REACH_M} m earns the log-likelihood ratio of "the same place" (the two
 * estimates differ by their uncertainties and a model error of {@value #MODEL_ERROR_M} m) against "someone else
 * nearby" (anywhere within the reach); a pair further apart is scored as if at the reach. Scores fade with
 * {@code memoryMillis}, so a pair reflects how the two moved lately: strangers who share a corridor for a few
 * seconds or a store for a minute are outscored by the phone's own identity, which agrees at every stop.
 * Pairs whose score is at least {@value #PAIR_SCORE} are taken best first, each identity once; a pair is kept
 * until its score falls below half that.
 *
 * <p>People in a group, or a person's two phones, stand together: pairing across them confuses two identities
 * that share a place, which moves no position far. Uses no identity, only positions over time.
 */
public final class BleWifiPairing {
    /** Further apart than this, a pair is scored as if this far. */
    static final double REACH_M = 10;
    /** The estimates' own uncertainties understate what the radio model gets wrong. */
    static final double MODEL_ERROR_M = 0.7;
    static final double PAIR_SCORE = 25;
    /** Scores below this are forgotten (the pair is then as unknown as one never near). */
    private static final double FORGET_BELOW = -15;

    private final double memoryMillis;
    /** Scores per BLE identity, per WiFi identity. */
    private final Map<String, Map<String, Double>> scores = new HashMap<>();
    private final Map<String, String> wifiOfBle = new HashMap<>();
    private final Map<String, String> bleOfWifi = new HashMap<>();
    private long lastStep = Long.MIN_VALUE;

    /** One identity's estimate at a step. */
    public record Estimate(String id, double x, double y, double uncertainty) {
    }

    public BleWifiPairing(long memoryMillis) {
        this.memoryMillis = memoryMillis;
    }

    /**
     * Scores the identities heard lately, as placed at {@code ts}: {@code ble} and {@code wifi} hold only estimates
     * that are fresh (a pair is not scored while either is not heard), then updates the pairs.
     */
    public void step(long ts, List<Estimate> ble, List<Estimate> wifi) {
        double fade = lastStep == Long.MIN_VALUE ? 1 : Math.exp(-(ts - lastStep) / memoryMillis);
        lastStep = ts;
        Map<String, Estimate> wifiById = new HashMap<>();
        Map<Long, List<Estimate>> wifiCells = new HashMap<>();
        for (Estimate w : wifi) {
            wifiById.put(w.id(), w);
            wifiCells.computeIfAbsent(cellKey(w.x(), w.y()), k -> new ArrayList<>()).add(w);
        }
        for (Estimate b : ble) {
            Map<String, Double> mine = scores.computeIfAbsent(b.id(), k -> new HashMap<>());
            for (Iterator<Map.Entry<String, Double>> it = mine.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, Double> e = it.next();
                Estimate w = wifiById.get(e.getKey());
                if (w == null) {
                    continue;
                }
                double score = e.getValue() * fade;
                double d = Math.hypot(w.x() - b.x(), w.y() - b.y());
                if (d > REACH_M) {
                    score += logRatio(b, w, REACH_M);
                }
                if (score < FORGET_BELOW) {
                    it.remove();
                } else {
                    e.setValue(score);
                }
            }
            int cx = (int) Math.floor(b.x() / REACH_M);
            int cy = (int) Math.floor(b.y() / REACH_M);
            for (int i = -1; i <= 1; i++) {
                for (int j = -1; j <= 1; j++) {
                    for (Estimate w : wifiCells.getOrDefault(key(cx + i, cy + j), List.of())) {
                        double d = Math.hypot(w.x() - b.x(), w.y() - b.y());
                        if (d > REACH_M) {
                            continue;
                        }
                        double before = mine.getOrDefault(w.id(), 0.0);
                        // Pairs seen before were faded above; a new one starts from nothing.
                        mine.put(w.id(), before + logRatio(b, w, d));
                    }
                }
            }
        }
        decide();
    }

    /** The log-likelihood ratio of two estimates {@code d} apart: one place against anywhere within the reach. */
    static double logRatio(Estimate b, Estimate w, double d) {
        double s2 = b.uncertainty() * b.uncertainty() + w.uncertainty() * w.uncertainty() + MODEL_ERROR_M * MODEL_ERROR_M;
        return -d * d / (2 * s2) - Math.log(2 * Math.PI * s2) + Math.log(Math.PI * REACH_M * REACH_M);
    }

    private void decide() {
        // Pairs that no longer hold are dropped first, so that their identities can pair again.
        for (Iterator<Map.Entry<String, String>> it = wifiOfBle.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, String> e = it.next();
            if (score(e.getKey(), e.getValue()) < PAIR_SCORE / 2) {
                bleOfWifi.remove(e.getValue());
                it.remove();
            }
        }
        // The rest are matched greedily, best score first: identities standing together (a group, a person's two
        // phones) pair among themselves, and which with which hardly matters, they share the place.
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<String, Map<String, Double>> e : scores.entrySet()) {
            if (wifiOfBle.containsKey(e.getKey())) {
                continue;
            }
            for (Map.Entry<String, Double> w : e.getValue().entrySet()) {
                if (w.getValue() >= PAIR_SCORE && !bleOfWifi.containsKey(w.getKey())) {
                    candidates.add(new Candidate(e.getKey(), w.getKey(), w.getValue()));
                }
            }
        }
        candidates.sort((a, b) -> Double.compare(b.score(), a.score()));
        for (Candidate c : candidates) {
            if (!wifiOfBle.containsKey(c.ble()) && !bleOfWifi.containsKey(c.wifi())) {
                wifiOfBle.put(c.ble(), c.wifi());
                bleOfWifi.put(c.wifi(), c.ble());
            }
        }
    }

    private record Candidate(String ble, String wifi, double score) {
    }

    private double score(String bleId, String wifiId) {
        Map<String, Double> mine = scores.get(bleId);
        return mine == null ? Double.NEGATIVE_INFINITY : mine.getOrDefault(wifiId, Double.NEGATIVE_INFINITY);
    }

    /** The BLE identity paired with a WiFi identity, or null. */
    public String bleOf(String wifiId) {
        return bleOfWifi.get(wifiId);
    }

    /** The WiFi identity paired with a BLE identity, or null. */
    public String wifiOf(String bleId) {
        return wifiOfBle.get(bleId);
    }

    /** Forgets a BLE identity no longer heard (an address rotated away). */
    public void forgetBle(String bleId) {
        scores.remove(bleId);
        String w = wifiOfBle.remove(bleId);
        if (w != null) {
            bleOfWifi.remove(w);
        }
    }

    /** Forgets a WiFi identity no longer heard. */
    public void forgetWifi(String wifiId) {
        for (Map<String, Double> m : scores.values()) {
            m.remove(wifiId);
        }
        String b = bleOfWifi.remove(wifiId);
        if (b != null) {
            wifiOfBle.remove(b);
        }
    }

    public int pairs() {
        return wifiOfBle.size();
    }

    private static long cellKey(double x, double y) {
        return key((int) Math.floor(x / REACH_M), (int) Math.floor(y / REACH_M));
    }

    private static long key(int cx, int cy) {
        return ((long) cx << 32) ^ (cy & 0xffffffffL);
    }
}
