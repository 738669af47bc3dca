package io.footfall.runtime.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A short fingerprint of an origin's type and resolved settings: what a saved offset counts in. */
final class OriginFingerprint {
    private OriginFingerprint() {
    }

    static String of(PlannedStage origin) {
        String text = origin.definition().id() + "@" + origin.definition().version() + " " + origin.config();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
