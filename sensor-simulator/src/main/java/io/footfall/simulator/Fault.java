package io.footfall.simulator;

import java.util.Locale;

/**
 * A sensor misbehaving on demand, between {@code fromMs} and {@code toMs} of simulated time (offsets
 * from the start). Written {@code offline:s-03:10m-20m}, {@code duplicate:s-04:0.2} (share of sightings
 * sent twice, whole run) or {@code delay:s-05:30s} (live publishing only: messages arrive late; files
 * stay in timestamp order).
 */
public record Fault(Kind kind, String sensor, long fromMs, long toMs, double share, long delayMs) {

    public enum Kind { OFFLINE, DUPLICATE, DELAY }

    public boolean activeAt(long offsetMs) {
        return offsetMs >= fromMs && offsetMs < toMs;
    }

    /** Parses the command-line form; throws {@link IllegalArgumentException} naming what is wrong. */
    public static Fault parse(String spec) {
        String[] parts = spec.split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("fault '" + spec + "': expected KIND:SENSOR:ARG, e.g. offline:s-03:10m-20m");
        }
        String sensor = parts[1];
        try {
            return switch (parts[0].toLowerCase(Locale.ROOT)) {
                case "offline" -> {
                    String[] range = parts[2].split("-");
                    if (range.length != 2) {
                        throw new IllegalArgumentException("expected FROM-TO, e.g. 10m-20m");
                    }
                    yield new Fault(Kind.OFFLINE, sensor, Durations.parseMillis(range[0]), Durations.parseMillis(range[1]), 1, 0);
                }
                case "duplicate" -> {
                    double share = Double.parseDouble(parts[2]);
                    if (!(share > 0 && share <= 1)) {
                        throw new IllegalArgumentException("the share must be in (0, 1]");
                    }
                    yield new Fault(Kind.DUPLICATE, sensor, 0, Long.MAX_VALUE, share, 0);
                }
                case "delay" -> new Fault(Kind.DELAY, sensor, 0, Long.MAX_VALUE, 1, Durations.parseMillis(parts[2]));
                default -> throw new IllegalArgumentException("unknown kind '" + parts[0] + "' (offline, duplicate, delay)");
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("fault '" + spec + "': " + e.getMessage(), e);
        }
    }
}
