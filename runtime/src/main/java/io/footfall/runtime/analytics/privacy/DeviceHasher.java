package io.footfall.runtime.analytics.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms for device addresses: HMAC-SHA-256 of the address under a key derived from the salt and
 * the current rotation period, truncated. Without the salt the pseudonym cannot be reversed or linked to the
 * address by hashing candidate addresses; after the period ends the same device gets an unrelated pseudonym.
 * Pseudonyms of the current period are cached because every sighting of a device needs the same one.
 */
public final class DeviceHasher {
    private static final int CACHE_LIMIT = 1 << 20;

    private final byte[] salt;
    private final KeyRotation rotation;
    private final int bytes;
    private final Map<String, String> cache = new HashMap<>();
    private Mac mac;
    private long periodStart = Long.MAX_VALUE;
    private long periodEnd = Long.MIN_VALUE;

    /** @param bytes how many bytes of the digest to keep (8 = 16 hex digits; collisions need ~4 billion devices) */
    public DeviceHasher(byte[] salt, KeyRotation rotation, int bytes) {
        if (salt.length == 0) {
            throw new IllegalArgumentException("the salt must not be empty");
        }
        if (bytes < 4 || bytes > 32) {
            throw new IllegalArgumentException("the pseudonym length must be 4 to 32 bytes, not " + bytes);
        }
        this.salt = salt.clone();
        this.rotation = rotation;
        this.bytes = bytes;
    }

    /** The pseudonym of the address at the given time (epoch ms, UTC). */
    public String pseudonym(String address, long epochMillis) {
        if (epochMillis < periodStart || epochMillis >= periodEnd) {
            enterPeriod(epochMillis);
        }
        String cached = cache.get(address);
        if (cached != null) {
            return cached;
        }
        byte[] digest = mac.doFinal(address.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        String pseudonym = HexFormat.of().formatHex(digest, 0, bytes);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(address, pseudonym);
        return pseudonym;
    }

    private void enterPeriod(long epochMillis) {
        String period = rotation.period(epochMillis);
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(salt, "HmacSHA256"));
            byte[] key = derive.doFinal(("footfall-device-key:" + period).getBytes(StandardCharsets.UTF_8));
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available in this JVM", e);
        }
        cache.clear();
        periodEnd = rotation.periodEnd(epochMillis);
        periodStart = rotation == KeyRotation.NEVER ? Long.MIN_VALUE : startOf(epochMillis, period);
    }

    private long startOf(long epochMillis, String period) {
        // The period is the span [start, end) holding epochMillis; walking back a day at a time finds its start.
        long start = epochMillis - Math.floorMod(epochMillis, 86_400_000L);
        while (rotation.period(start - 1).equals(period)) {
            start -= 86_400_000L;
        }
        return start;
    }
}
