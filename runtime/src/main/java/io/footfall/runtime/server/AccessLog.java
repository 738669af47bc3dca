package io.footfall.runtime.server;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One line per request: time, client address, method, path, status, bytes, milliseconds. Never headers
 * or bodies, so tokens and pipelines stay out of it.
 */
final class AccessLog implements AutoCloseable {
    private final BufferedWriter out;

    AccessLog(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    synchronized void log(String client, String method, String path, int status, int bytes, long millis) {
        write(Instant.now() + " " + client + " " + method + " " + sanitize(path) + " " + status + " " + bytes + " " + millis + "ms");
    }

    synchronized void note(String message) {
        write(Instant.now() + " - " + sanitize(message));
    }

    private void write(String line) {
        try {
            out.write(line);
            out.newLine();
            out.flush();
        } catch (IOException ignored) {
            // The log must never take a request down with it.
        }
    }

    private static String sanitize(String s) {
        String clean = s.replaceAll("[\\r\\n\\t]", "_");
        return clean.length() > 300 ? clean.substring(0, 300) + "…" : clean;
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException ignored) {
            // Closing at shutdown; nothing more to log to.
        }
    }
}
