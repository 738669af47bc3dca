package io.footfall.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link XDisplayProbe} and {@link SoftwareRendering} against a real Xvfb started for the test (skipped where Xvfb is
 * not installed), with and without an authorisation cookie.
 */
class XDisplayProbeTest {
    private static final List<String> ASKED = List.of("DRI2", "DRI3", "NV-GLX", "GLX", "RENDER", "FOOTFALL-NO-SUCH");
    private Process xvfb;

    @TempDir
    Path dir;

    @AfterEach
    void stopXvfb() throws InterruptedException {
        if (xvfb != null) {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void xvfbOffersGlxButNoDirectRenderingSoOnlySoftwareGl() throws Exception {
        String display = startXvfb(null);

        Optional<List<String>> found = answered(display);

        assertThat(found).as("the extensions Xvfb %s offers (its log: %s)", display, log()).contains(List.of("GLX", "RENDER"));
        assertThat(SoftwareRendering.onlySoftwareGl(found)).isTrue();
        assertThat(XDisplayProbe.extensions(display + ".0", dir.resolve("none"), ASKED)).contains(List.of("GLX", "RENDER"));
    }

    @Test
    void aServerThatWantsACookieIsAskedWithTheOneFromTheXauthorityFile() throws Exception {
        byte[] cookie = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        Path good = dir.resolve("good.xauth");
        Path wrong = dir.resolve("wrong.xauth");
        int number = freeDisplayNumber();
        Files.write(good, xauthEntry(String.valueOf(number), cookie));
        Files.write(wrong, xauthEntry(String.valueOf(number), "fedcba9876543210".getBytes(StandardCharsets.US_ASCII)));
        String display = startXvfb(good, number);

        assertThat(XDisplayProbe.extensions(display, good, ASKED)).contains(List.of("GLX", "RENDER"));
        // Refused: "cannot ask" is not "no direct rendering", so JavaFX keeps its own choice.
        assertThat(XDisplayProbe.extensions(display, wrong, ASKED)).isEmpty();
        assertThat(XDisplayProbe.extensions(display, dir.resolve("none"), ASKED)).isEmpty();
        assertThat(SoftwareRendering.onlySoftwareGl(XDisplayProbe.extensions(display, wrong, ASKED))).isFalse();
    }

    @Test
    void displaysThatCannotBeAskedAndDesktopsWithDirectRenderingKeepJavaFxsChoice() {
        assertThat(XDisplayProbe.extensions("somehost:0", null, ASKED)).isEmpty();
        assertThat(XDisplayProbe.extensions(":9999", null, ASKED)).isEmpty();
        assertThat(XDisplayProbe.extensions(null, null, ASKED)).isEmpty();
        assertThat(SoftwareRendering.onlySoftwareGl(Optional.empty())).isFalse();
        assertThat(SoftwareRendering.onlySoftwareGl(Optional.of(List.of("GLX", "DRI3")))).isFalse();
        assertThat(SoftwareRendering.onlySoftwareGl(Optional.of(List.of("GLX", "NV-GLX")))).isFalse();
        assertThat(SoftwareRendering.onlySoftwareGl(Optional.of(List.of("DRI2")))).isFalse();
    }

    /**
     * The probe's answer, asked again for a few seconds while there is none: on a busy CI machine the first question
     * to a just-started Xvfb went unanswered twice although Xvfb had said it accepts clients.
     */
    private Optional<List<String>> answered(String display) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Optional<List<String>> found = XDisplayProbe.extensions(display, dir.resolve("none"), ASKED);
        while (found.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            found = XDisplayProbe.extensions(display, dir.resolve("none"), ASKED);
        }
        return found;
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("xvfb.log"), StandardCharsets.ISO_8859_1) + "; sockets: "
                    + Arrays.toString(new java.io.File("/tmp/.X11-unix").list());
        } catch (IOException e) {
            return e.toString();
        }
    }

    private String startXvfb(Path auth) throws Exception {
        return startXvfb(auth, freeDisplayNumber());
    }

    private String startXvfb(Path auth, int number) throws Exception {
        Path binary = Path.of("/usr/bin/Xvfb");
        assumeTrue(Files.isExecutable(binary), "Xvfb is not installed");
        // -displayfd 1: Xvfb writes the display number to its output once it accepts clients. Its socket file
        // appears earlier, and a question asked in between went unanswered on a busy CI machine.
        List<String> command = new java.util.ArrayList<>(List.of(binary.toString(), ":" + number, "-screen", "0",
                "320x200x24", "-nolisten", "tcp", "-displayfd", "1"));
        if (auth != null) {
            command.addAll(List.of("-auth", auth.toString()));
        }
        xvfb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("xvfb.log").toFile())
                .start();
        Path socket = Path.of("/tmp/.X11-unix/X" + number);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!ready(dir.resolve("xvfb.log"), number) && xvfb.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(ready(dir.resolve("xvfb.log"), number)).as("Xvfb :%d up (%s)", number, dir.resolve("xvfb.log")).isTrue();
        assertThat(Files.exists(socket)).isTrue();
        return ":" + number;
    }

    private static boolean ready(Path log, int number) throws IOException {
        return Files.exists(log) && Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream()
                .anyMatch(line -> line.trim().equals(String.valueOf(number)));
    }

    private static int freeDisplayNumber() {
        for (int n = 150 + (int) (ProcessHandle.current().pid() % 40); n < 400; n++) {
            if (!Files.exists(Path.of("/tmp/.X11-unix/X" + n)) && !Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                return n;
            }
        }
        throw new IllegalStateException("no free X display number");
    }

    /** One Xauthority entry (family Local, this host), as xauth writes it. */
    private static byte[] xauthEntry(String number, byte[] cookie) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeShort(256);
        for (byte[] field : List.of(Files.readString(Path.of("/proc/sys/kernel/hostname")).trim()
                .getBytes(StandardCharsets.ISO_8859_1), number.getBytes(StandardCharsets.ISO_8859_1),
                "MIT-MAGIC-COOKIE-1".getBytes(StandardCharsets.US_ASCII), cookie)) {
            out.writeShort(field.length);
            out.write(field);
        }
        return bytes.toByteArray();
    }
}
