package io.footfall.app.simulation;

import java.util.ArrayDeque;

/**
 * The speed a simulation really runs at: simulated milliseconds per real millisecond over the last few
 * seconds, from samples of both clocks. Not thread-safe; one caller samples it.
 */
final class PaceMeter {
    private record Sample(long real, long simulated) {
    }

    private final long windowMillis;
    private final ArrayDeque<Sample> samples = new ArrayDeque<>();

    PaceMeter(long windowMillis) {
        this.windowMillis = windowMillis;
    }

    /** Adds a sample and returns the speed over the window, or NaN until it spans a quarter of the window. */
    double observe(long realMillis, long simulatedMillis) {
        Sample last = samples.peekLast();
        if (last == null || realMillis - last.real() >= windowMillis / 20) {
            samples.addLast(new Sample(realMillis, simulatedMillis));
        }
        while (samples.size() > 2 && realMillis - samples.peekFirst().real() > windowMillis) {
            samples.removeFirst();
        }
        Sample first = samples.peekFirst();
        long span = realMillis - first.real();
        return span < windowMillis / 4 ? Double.NaN : (simulatedMillis - first.simulated()) / (double) span;
    }
}
