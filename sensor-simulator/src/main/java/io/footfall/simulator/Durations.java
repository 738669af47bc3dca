package io.footfall.simulator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people type them: {@code 90s}, {@code 30m}, {@code 1h}, {@code 1h30m}, {@code 250ms}. */
public final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");

    private Durations() {
    }

    public static long parseMillis(String text) {
        String s = text.trim();
        Matcher m = PART.matcher(s);
        long total = 0;
        int at = 0;
        while (at < s.length() && m.find(at) && m.start() == at) {
            double value = Double.parseDouble(m.group(1));
            total += Math.round(value * switch (m.group(2)) {
                case "h" -> 3_600_000;
                case "m" -> 60_000;
                case "s" -> 1_000;
                default -> 1;
            });
            at = m.end();
        }
        if (at != s.length() || s.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration (e.g. 90s, 30m, 1h, 1h30m)");
        }
        return total;
    }

    public static String format(long ms) {
        long s = ms / 1000;
        return String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
