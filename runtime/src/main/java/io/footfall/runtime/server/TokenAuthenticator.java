package io.footfall.runtime.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks {@code Authorization: Bearer <token>} against the tokens of a file (one per line, '#' comments).
 * Tokens are compared as SHA-256 digests with {@link MessageDigest#isEqual}, so the time taken does not
 * depend on how much of a guess was right, and every known token is compared on every request.
 */
public final class TokenAuthenticator {
    private final List<byte[]> digests;

    private TokenAuthenticator(List<byte[]> digests) {
        this.digests = digests;
    }

    /** No authentication at all: for --insecure-no-auth only. */
    public static TokenAuthenticator disabled() {
        return new TokenAuthenticator(null);
    }

    public static TokenAuthenticator fromFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("token file " + file + " does not exist");
        }
        List<byte[]> digests = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String token = line.strip();
            if (!token.isEmpty() && !token.startsWith("#")) {
                digests.add(sha256(token));
            }
        }
        if (digests.isEmpty()) {
            throw new IOException("token file " + file + " holds no token");
        }
        return new TokenAuthenticator(digests);
    }

    public boolean enabled() {
        return digests != null;
    }

    /** True when the header carries one of the tokens (or authentication is disabled). */
    public boolean accepts(String authorizationHeader) {
        if (digests == null) {
            return true;
        }
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] offered = sha256(authorizationHeader.substring(7).strip());
        boolean match = false;
        for (byte[] d : digests) {
            match |= MessageDigest.isEqual(d, offered);
        }
        return match;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
