package io.footfall.runtime.stages.origin;

import java.io.Closeable;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads a file line by line as bytes, knowing the byte position after every line so a reader can resume
 * exactly there. Lines end with {@code \n} (a preceding {@code \r} is dropped). A line still being written
 * (no newline yet) is only taken when the caller says the file is complete. A line longer than the limit
 * is skipped to its end and reported as too long rather than growing the buffer without bound.
 */
final class LineReader implements Closeable {
    private static final int INITIAL_BUFFER = 1 << 16;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

    private final FileChannel channel;
    private final int maxLineLength;
    private byte[] buf = new byte[INITIAL_BUFFER];
    private int start;
    private int limit;
    private long bufferStart;
    private boolean skippingLongLine;
    private long generation;

    private int lineStart;
    private int lineLength;
    private boolean lineTooLong;
    private long positionAfterLine;

    LineReader(Path file, long position, int maxLineLength) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.maxLineLength = maxLineLength;
        channel.position(position);
        this.bufferStart = position;
        this.positionAfterLine = position;
    }

    /**
     * Advances to the next line; false when there is none yet. With {@code fileComplete}, bytes after the
     * last newline count as a final line.
     */
    boolean next(boolean fileComplete) throws IOException {
        int scanned = 0;
        while (true) {
            int nl = indexOfNewline(start + scanned, limit);
            if (nl >= 0) {
                if (nl - start > maxLineLength) {
                    skippingLongLine = true;
                }
                take(start, nl);
                start = nl + 1;
                positionAfterLine = bufferStart + start;
                return true;
            }
            if (skippingLongLine) {
                start = limit;
            } else if (limit - start > maxLineLength) {
                skippingLongLine = true;
                start = limit;
            }
            scanned = limit - start;
            if (fill() <= 0) {
                if (fileComplete && (limit > start || skippingLongLine)) {
                    skippingLongLine |= limit - start > maxLineLength;
                    take(start, limit);
                    start = limit;
                    positionAfterLine = bufferStart + start;
                    return true;
                }
                return false;
            }
        }
    }

    private void take(int from, int newline) {
        lineTooLong = skippingLongLine;
        skippingLongLine = false;
        int end = newline;
        if (end > from && buf[end - 1] == '\r') {
            end--;
        }
        lineStart = from;
        lineLength = lineTooLong ? 0 : end - from;
    }

    /**
     * The first {@code \n} in [from, to), or -1. Reads eight bytes at a time and tests them all at once (the
     * classic "has a zero byte" bit trick on the bytes XOR newline): every line of every file passes here.
     */
    private int indexOfNewline(int from, int to) {
        byte[] b = buf;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long x = (long) LONGS.get(b, i) ^ NEWLINES;
            long found = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Moves unread bytes to the front (growing the buffer when a line fills it) and reads more. */
    private int fill() throws IOException {
        generation++;
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, limit - start);
            bufferStart += start;
            limit -= start;
            start = 0;
        }
        if (limit == buf.length) {
            byte[] bigger = new byte[buf.length * 2];
            System.arraycopy(buf, 0, bigger, 0, limit);
            buf = bigger;
        }
        int n = channel.read(ByteBuffer.wrap(buf, limit, buf.length - limit));
        if (n > 0) {
            limit += n;
        }
        return n;
    }

    byte[] lineBuffer() {
        return buf;
    }

    int lineStart() {
        return lineStart;
    }

    int lineLength() {
        return lineLength;
    }

    /**
     * The end of the bytes read so far: everything from the current line up to here stays where it is
     * in {@link #lineBuffer()} until the {@link #generation()} changes.
     */
    int dataEnd() {
        return limit;
    }

    /** Changes whenever buffered bytes move or the buffer is replaced. */
    long generation() {
        return generation;
    }

    /** The line was longer than the limit; its bytes were skipped. */
    boolean lineTooLong() {
        return lineTooLong;
    }

    /** The byte position just after the last line returned: where a restart resumes. */
    long position() {
        return positionAfterLine;
    }

    /** The file's current size (it may grow while tailing). */
    long size() throws IOException {
        return channel.size();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
