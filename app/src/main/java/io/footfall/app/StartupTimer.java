package io.footfall.app;

import java.lang.management.ManagementFactory;

/**
 * Milliseconds since the JVM started, at named points of the studio's start-up; printed with
 * {@code -Dfootfall.studio.timing=true} (BENCHMARKS.md records them), silent otherwise.
 */
final class StartupTimer {
    private static final boolean PRINT = Boolean.getBoolean("footfall.studio.timing");

    private StartupTimer() {
    }

    private static final java.util.Set<String> ONCE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Like {@link #mark} the first time a point is reached; later calls print nothing. */
    static void markOnce(String point) {
        if (ONCE.add(point)) {
            mark(point);
        }
    }

    static long mark(String point) {
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        if (PRINT) {
            System.out.println("studio.startup " + ms + " ms: " + point);
        }
        return ms;
    }
}
