package io.footfall.runtime.sighting;

import java.util.Objects;

/**
 * One observation of one device by one sensor (CONTRACT.md section 2). Optional fields are
 * {@code null} when absent. {@code ts} is epoch milliseconds, UTC.
 */
public record Sighting(long ts, String sensor, String device, int rssi, String kind,
                       Integer seq, Integer channel, Integer txPower) {

    public static final String WIFI = "wifi";
    public static final String BLE = "ble";

    public Sighting {
        Objects.requireNonNull(sensor, "sensor");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(kind, "kind");
    }

    public Sighting(long ts, String sensor, String device, int rssi, String kind) {
        this(ts, sensor, device, rssi, kind, null, null, null);
    }

    /** A locally administered address (bit 0x02 of the first octet) is a randomized one. */
    public boolean randomizedAddress() {
        return isRandomized(device);
    }

    public static boolean isRandomized(String address) {
        if (address.length() < 2) {
            return false;
        }
        int firstOctet = Character.digit(address.charAt(0), 16) * 16 + Character.digit(address.charAt(1), 16);
        return firstOctet >= 0 && (firstOctet & 0x02) != 0;
    }
}
