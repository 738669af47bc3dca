package io.footfall.app.simulation;

import java.util.ArrayDeque;

/**
 * How fast a counter grows per real millisecond over the last few seconds (a simulation's clock: the speed
 * it really runs at; records taken: records per millisecond), so one slow batch does not read as a stop.
 * Not thread-safe; one caller samples it.
 */
public final class WindowedRate {
    private record Sample(long real, long count) {
    }

    private final long windowMillis;
    private final ArrayDeque<Sample> samples = new ArrayDeque<>();

    public WindowedRate(long windowMillis) {
        this.windowMillis = windowMillis;
    }

    /** Adds a sample and returns the growth per millisecond over the window, NaN until it spans a quarter of it. */
    public double observe(long realMillis, long count) {
        Sample last = samples.peekLast();
        if (last == null || realMillis - last.real() >= windowMillis / 20) {
            samples.addLast(new Sample(realMillis, count));
        }
        while (samples.size() > 2 && realMillis - samples.peekFirst().real() > windowMillis) {
            samples.removeFirst();
        }
        Sample first = samples.peekFirst();
        long span = realMillis - first.real();
        return span < windowMillis / 4 ? Double.NaN : (count - first.count()) / (double) span;
    }
}
