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

    /**
     * Marks {@code point} once the screen itself shows the spot {@code where} gives (screen coordinates) in a colour
     * other than {@code background}'s (and other than black, an unmapped window on X): called once the frame was
     * rendered and its pixels handed to the window system, it reads the spot back from the screen, then on every frame; the read is a round trip to the display server, so what it returns is what the user sees.
     * Gives up after {@code maxFrames} frames with a mark saying so. Only with timing on: reading the screen may
     * ask the user for permission on some systems.
     */
    static void markWhenOnScreen(String point, java.util.function.Supplier<javafx.geometry.Point2D> where,
                                 java.util.function.Supplier<javafx.scene.paint.Color> background, int maxFrames) {
        if (!PRINT || !ONCE.add(point)) {
            return;
        }
        readBack(point, where, background, new javafx.scene.robot.Robot(), maxFrames);
    }

    private static void readBack(String point, java.util.function.Supplier<javafx.geometry.Point2D> where,
                                 java.util.function.Supplier<javafx.scene.paint.Color> background,
                                 javafx.scene.robot.Robot robot, int framesLeft) {
        // Posted: it runs after whatever the window system was handed before it (the frame's pixels among them).
        javafx.application.Platform.runLater(() -> {
            javafx.geometry.Point2D spot = where.get();
            javafx.scene.paint.Color seen = spot == null ? null : robot.getPixelColor(spot.getX(), spot.getY());
            if (seen != null && !near(seen, background.get()) && !near(seen, javafx.scene.paint.Color.BLACK)) {
                mark(point);
            } else if (framesLeft <= 0) {
                mark(point + " (not seen on the screen)");
            } else {
                FxFrames.after(1, () -> readBack(point, where, background, robot, framesLeft - 1));
            }
        });
    }

    private static boolean near(javafx.scene.paint.Color a, javafx.scene.paint.Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.02 && Math.abs(a.getGreen() - b.getGreen()) < 0.02
                && Math.abs(a.getBlue() - b.getBlue()) < 0.02;
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
