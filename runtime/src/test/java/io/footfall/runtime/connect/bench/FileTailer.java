package io.footfall.runtime.connect.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Follows the JSON Lines files a file destination writes (including its {@code _tmp_} file being
 * written, and across the rename when a file completes: the open channel keeps reading it), and for
 * each line's {@code "seq":N} records how long ago sighting N was published. Runs on its own thread;
 * polls every {@value #POLL_MICROS} µs, so latencies are exact to about that.
 */
final class FileTailer implements Runnable {
    private static final long POLL_MICROS = 500;
    private static final byte[] SEQ = "\"seq\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Path directory;
    private final AtomicLongArray sentAt;
    private final Map<String, Follower> followers = new HashMap<>();
    private final BitSet seen;
    private final Histogram latency = new Histogram(TimeUnit.SECONDS.toMicros(120), 3);
    private volatile boolean running = true;
    private volatile long distinct;
    private volatile long duplicates;
    private volatile long lastArrivalNanos;
    private long lastListing;

    FileTailer(Path directory, AtomicLongArray sentAt, int capacity) {
        this.directory = directory;
        this.sentAt = sentAt;
        this.seen = new BitSet(capacity);
    }

    /** One file being followed: its channel and the unfinished last line. */
    private static final class Follower {
        final FileChannel channel;
        final ByteBuffer buffer = ByteBuffer.allocate(1 << 20);

        Follower(FileChannel channel) {
            this.channel = channel;
        }
    }

    @Override
    public void run() {
        try {
            while (running) {
                long now = System.nanoTime();
                if (now - lastListing > TimeUnit.MILLISECONDS.toNanos(20)) {
                    lastListing = now;
                    discover();
                }
                boolean any = false;
                for (Follower f : followers.values()) {
                    any |= readNew(f);
                }
                if (!any) {
                    LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(POLL_MICROS));
                }
            }
            discover();
            for (Follower f : followers.values()) {
                while (readNew(f)) {
                    // drain
                }
                f.channel.close();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void discover() throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path p : files) {
                String name = p.getFileName().toString();
                String key = name.startsWith("_tmp_") ? name.substring(5) : name;
                if (!followers.containsKey(key)) {
                    try {
                        followers.put(key, new Follower(FileChannel.open(p, StandardOpenOption.READ)));
                    } catch (java.nio.file.NoSuchFileException renamedMeanwhile) {
                        // Picked up under its new name at the next listing.
                    }
                }
            }
        }
    }

    /** Reads what was appended; true when anything was. */
    private boolean readNew(Follower f) throws IOException {
        int n = f.channel.read(f.buffer);
        if (n <= 0) {
            return false;
        }
        long now = System.nanoTime();
        ByteBuffer b = f.buffer;
        b.flip();
        byte[] a = b.array();
        int lineStart = 0;
        for (int i = 0; i < b.limit(); i++) {
            if (a[i] == '\n') {
                line(a, lineStart, i, now);
                lineStart = i + 1;
            }
        }
        b.position(lineStart);
        b.compact();
        return true;
    }

    private void line(byte[] a, int from, int to, long now) {
        int at = indexOf(a, from, to);
        if (at < 0) {
            return;
        }
        int seq = 0;
        for (int i = at + SEQ.length; i < to && a[i] >= '0' && a[i] <= '9'; i++) {
            seq = seq * 10 + (a[i] - '0');
        }
        if (seen.get(seq)) {
            duplicates++;
            return;
        }
        seen.set(seq);
        latency.recordValue(Math.max(0, (now - sentAt.get(seq)) / 1000));
        distinct++;
        lastArrivalNanos = now;
    }

    private static int indexOf(byte[] a, int from, int to) {
        outer:
        for (int i = from; i <= to - SEQ.length; i++) {
            for (int j = 0; j < SEQ.length; j++) {
                if (a[i + j] != SEQ[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    void stop() {
        running = false;
    }

    long distinct() {
        return distinct;
    }

    long duplicates() {
        return duplicates;
    }

    long lastArrivalNanos() {
        return lastArrivalNanos;
    }

    /** Read only after the thread ended. */
    Histogram latency() {
        return latency;
    }
}
