package io.footfall.app.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Which JavaFX renderer the studio asks for. JavaFX tries OpenGL (es2) first and falls back to its software renderer
 * when the GL it gets fails its hardware check. On an X display without direct rendering (no DRI2, DRI3 or NVIDIA
 * GLX: Xvfb, Xvnc, most remote sessions) the only GL on offer is Mesa's software rasteriser or indirect GLX, which
 * that check rejects, so the probe (a GL context created and thrown away, 0.4-1 s before the first frame on this
 * project's Xvfb, BENCHMARKS.md "Studio", session 6) can only fail: the studio goes to the software renderer
 * directly. Desktops with a GPU driver offer DRI2/DRI3 (Mesa, AMD, Intel, nouveau, virtual GPUs) or NV-GLX (NVIDIA),
 * and keep JavaFX's own choice, as does anyone who sets {@code prism.order}, and any display that cannot be asked.
 */
public final class SoftwareRendering {
    static final List<String> DIRECT_RENDERING = List.of("DRI2", "DRI3", "NV-GLX");

    private SoftwareRendering() {
    }

    /** An X server that accepts the connection but does not answer must not hold the studio's start. */
    static final long ANSWER_WAIT_MILLIS = 1_000;

    /**
     * How long the studio waits for the questions to be sent: the first Unix-socket connection in a JVM loads and
     * initialises NIO's Unix-socket support, which on a busy machine took more than {@link #ANSWER_WAIT_MILLIS} when the
     * studio starts asking as the JVM starts (session 7), and then JavaFX probed OpenGL after all.
     */
    static final long SEND_WAIT_MILLIS = 10_000;

    private static volatile CompletableFuture<Boolean> asked;
    private static volatile CompletableFuture<Void> sent;

    /**
     * Starts asking the display on a background thread, so that the answer (a first Unix-socket connection: 50-100 ms
     * of CPU and up to 0.4 s of waiting for a busy X server) is ready by the time the toolkit starts; the studio's
     * command calls this when picocli builds it, before the command line is parsed.
     */
    public static synchronized void startAsking() {
        if (asked == null && System.getProperty("prism.order") == null
                && System.getProperty("os.name", "").startsWith("Linux")) {
            CompletableFuture<Boolean> f = new CompletableFuture<>();
            CompletableFuture<Void> s = new CompletableFuture<>();
            asked = f;
            sent = s;
            Thread t = new Thread(() -> f.complete(onlySoftwareGlOnThisDisplay(() -> s.complete(null))),
                    "footfall-studio-display");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Sets {@code prism.order=sw} when this process's X display can only give software OpenGL; says whether it did. */
    public static boolean chooseForThisDisplay() {
        if (System.getProperty("prism.order") != null || !System.getProperty("os.name", "").startsWith("Linux")) {
            return false;
        }
        startAsking();
        boolean onlySoftware;
        try {
            sent.get(SEND_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            onlySoftware = asked.get(ANSWER_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
        if (!onlySoftware) {
            return false;
        }
        System.setProperty("prism.order", "sw");
        return true;
    }

    private static boolean onlySoftwareGlOnThisDisplay(Runnable sent) {
        String xauthority = System.getenv("XAUTHORITY");
        Path auth = xauthority != null ? Path.of(xauthority) : Path.of(System.getProperty("user.home"), ".Xauthority");
        return onlySoftwareGl(XDisplayProbe.extensions(System.getenv("DISPLAY"), auth, DIRECT_RENDERING, sent));
    }

    /** True only when the display was asked and offers none of the direct-rendering extensions. */
    static boolean onlySoftwareGl(Optional<List<String>> extensions) {
        return extensions.isPresent() && extensions.get().stream().noneMatch(DIRECT_RENDERING::contains);
    }
}
