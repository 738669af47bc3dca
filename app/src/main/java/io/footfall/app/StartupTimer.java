package io.footfall.app;

import java.lang.management.ManagementFactory;

/**
 * Milliseconds since the JVM started, at named points of the studio's start-up, with the CPU time of the
 * thread reaching the point and of the whole process; printed with
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

    /**
     * Marks {@code point} once, two frames after now: the first frame after this call lays out and draws what was
     * just put on the scene, the second starts only when the first has been rendered. Only with timing on.
     */
    static void markWhenDrawn(String point) {
        if (!PRINT || !ONCE.add(point)) {
            return;
        }
        FxFrames.after(2, () -> mark(point));
    }

    static long mark(String point) {
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        if (PRINT) {
            // CPU times say what the work costs whatever else the machine is doing (BENCHMARKS.md).
            long thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            long process = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                    .getProcessCpuTime() / 1_000_000;
            System.out.println("studio.startup " + ms + " ms: " + point + " [cpu: this thread " + thread
                    + " ms, process " + process + " ms]");
        }
        return ms;
    }
}
