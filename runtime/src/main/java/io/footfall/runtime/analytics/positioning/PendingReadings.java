package io.footfall.runtime.analytics.positioning;

/** A FIFO of readings not yet folded into a filter, in growable primitive arrays (no boxing). */
final class PendingReadings {
    private long[] ts = new long[64];
    private int[] sensor = new int[64];
    private int[] rssi = new int[64];
    private int head;
    private int size;

    void add(long t, int s, int r) {
        if (size == ts.length) {
            grow();
        }
        int at = (head + size) % ts.length;
        ts[at] = t;
        sensor[at] = s;
        rssi[at] = r;
        size++;
    }

    boolean isEmpty() {
        return size == 0;
    }

    long firstTs() {
        return ts[head];
    }

    int firstSensor() {
        return sensor[head];
    }

    int firstRssi() {
        return rssi[head];
    }

    void removeFirst() {
        head = (head + 1) % ts.length;
        size--;
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
}
