package io.footfall.runtime.analytics.positioning;

import java.util.Arrays;

/**
 * The last few seconds of one device's sightings, kept in a growable ring of primitives (no boxing on
 * the hot path), summarised as the mean RSSI per sensor over a time range.
 */
final class ReadingWindow {
    private final long keepMillis;
    private long[] ts = new long[64];
    private int[] sensor = new int[64];
    private int[] rssi = new int[64];
    private int head;
    private int size;

    ReadingWindow(long keepMillis) {
        this.keepMillis = keepMillis;
    }

    void add(long t, int s, int r) {
        while (size > 0 && ts[head] < t - keepMillis) {
            head = (head + 1) % ts.length;
            size--;
        }
        if (size == ts.length) {
            grow();
        }
        int at = (head + size) % ts.length;
        ts[at] = t;
        sensor[at] = s;
        rssi[at] = r;
        size++;
    }

    private void grow() {
        int n = ts.length * 2;
        long[] t2 = new long[n];
        int[] s2 = new int[n];
        int[] r2 = new int[n];
        for (int i = 0; i < size; i++) {
            int from = (head + i) % ts.length;
            t2[i] = ts[from];
            s2[i] = sensor[from];
            r2[i] = rssi[from];
        }
        ts = t2;
        sensor = s2;
        rssi = r2;
        head = 0;
    }

    /**
     * Mean RSSI per sensor over readings with {@code from <= ts < to}, into {@code meanOut} (NaN where a
     * sensor was not heard); returns how many sensors were heard.
     */
    int meanPerSensor(long from, long to, double[] meanOut, int[] countScratch) {
        Arrays.fill(meanOut, 0.0);
        Arrays.fill(countScratch, 0);
        // Newest first: readings observed ahead of 'to' are skipped, and the scan stops at 'from'.
        for (int i = size - 1; i >= 0; i--) {
            int at = (head + i) % ts.length;
            if (ts[at] < from) {
                break;
            }
            if (ts[at] < to) {
                meanOut[sensor[at]] += rssi[at];
                countScratch[sensor[at]]++;
            }
        }
        int heard = 0;
        for (int s = 0; s < meanOut.length; s++) {
            if (countScratch[s] > 0) {
                meanOut[s] /= countScratch[s];
                heard++;
            } else {
                meanOut[s] = Double.NaN;
            }
        }
        return heard;
    }
}
