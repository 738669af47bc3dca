package io.footfall.runtime.analytics.tracking;

import java.util.Arrays;

/**
 * The steps of the ticks that came due in one batch, in the order the positioning stage takes them: a tick
 * starts, BLE identities are forgotten or estimated, WiFi identities are forgotten or positioned, the tick ends
 * (pairing). Written while the batch is read, replayed once the devices' estimates are made.
 */
final class TickPlan {
    static final int TICK = 0;
    static final int FORGET_BLE = 1;
    /** A BLE identity's estimate, heard recently enough to pair with. */
    static final int BLE_FRESH = 2;
    /** A BLE identity's estimate (made, as its positioner expects every tick) but too old to pair with. */
    static final int BLE_STALE = 3;
    static final int FORGET_WIFI = 4;
    static final int POSITION = 5;
    static final int END = 6;

    private int[] steps = new int[1024];
    private DeviceState[] devices = new DeviceState[1024];
    private long[] ticks = new long[1024];
    private int size;

    void tick(long tick) {
        add(TICK, null);
        ticks[size - 1] = tick;
    }

    void add(int step, DeviceState device) {
        if (size == steps.length) {
            int n = size * 2;
            steps = Arrays.copyOf(steps, n);
            devices = Arrays.copyOf(devices, n);
            ticks = Arrays.copyOf(ticks, n);
        }
        steps[size] = step;
        devices[size] = device;
        size++;
    }

    int size() {
        return size;
    }

    int step(int i) {
        return steps[i];
    }

    DeviceState device(int i) {
        return devices[i];
    }

    long tickAt(int i) {
        return ticks[i];
    }

    void clear() {
        Arrays.fill(devices, 0, size, null);
        size = 0;
    }
}
