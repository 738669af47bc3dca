package io.footfall.app.ui;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks a local X server which extensions it has, in the X11 wire protocol over its Unix socket (a connection set-up
 * and one QueryExtension request per name, a few milliseconds): the studio uses it to tell a display that can only
 * give software OpenGL (Xvfb, Xvnc and the like: no DRI2, DRI3 or NVIDIA GLX) from a desktop with a GPU, before
 * JavaFX probes OpenGL itself (BENCHMARKS.md "Studio", session 6). Anything unexpected answers "unknown".
 */
public final class XDisplayProbe {
    private static final Pattern LOCAL_DISPLAY = Pattern.compile("(?:unix)?:(\\d+)(?:\\.\\d+)?");
    private static final String COOKIE = "MIT-MAGIC-COOKIE-1";
    private static final int FAMILY_LOCAL = 256;
    private static final int FAMILY_WILD = 65535;

    private XDisplayProbe() {
    }

    /**
     * Which of {@code names} the X server of {@code display} (a local display such as {@code :0}) offers, or empty
     * when it cannot be asked (a remote display, no socket, refused, not X).
     */
    public static Optional<List<String>> extensions(String display, Path xauthority, List<String> names) {
        return extensions(display, xauthority, names, () -> { });
    }

    /**
     * As {@link #extensions(String, Path, List)}, running {@code sent} once the questions are on their way to the
     * server (or the server cannot be asked): from then on only the server's answer is waited for.
     */
    public static Optional<List<String>> extensions(String display, Path xauthority, List<String> names, Runnable sent) {
        try {
            return ask(display, xauthority, names, sent);
        } finally {
            sent.run();
        }
    }

    private static Optional<List<String>> ask(String display, Path xauthority, List<String> names, Runnable sent) {
        Matcher m = display == null ? null : LOCAL_DISPLAY.matcher(display);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        String number = m.group(1);
        Path socket = Path.of("/tmp/.X11-unix/X" + number);
        if (!Files.exists(socket)) {
            return Optional.empty();
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            OutputStream out = Channels.newOutputStream(channel);
            DataInputStream in = new DataInputStream(Channels.newInputStream(channel));
            byte[] cookie = cookie(xauthority, number);
            // The queries follow the connection set-up without waiting for its reply (the server reads them after
            // it): one round trip to a server that may be slow to answer (Xvfb on a busy machine: 0.1-0.4 s each).
            out.write(setupRequest(cookie));
            for (String name : names) {
                out.write(queryExtension(name));
            }
            out.flush();
            sent.run();
            byte[] head = in.readNBytes(8);
            if (head.length < 8 || head[0] != 1) {
                return Optional.empty(); // refused or asks for another authentication
            }
            int more = ByteBuffer.wrap(head, 6, 2).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xffff;
            skip(in, more * 4L);
            List<String> present = new ArrayList<>();
            for (String name : names) {
                byte[] reply = in.readNBytes(32);
                if (reply.length < 32 || reply[0] != 1) {
                    return Optional.empty();
                }
                if (reply[8] != 0) {
                    present.add(name);
                }
            }
            return Optional.of(present);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] setupRequest(byte[] cookie) {
        byte[] name = cookie == null ? new byte[0] : COOKIE.getBytes(StandardCharsets.US_ASCII);
        byte[] data = cookie == null ? new byte[0] : cookie;
        ByteBuffer b = ByteBuffer.allocate(12 + pad(name.length) + pad(data.length)).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'l').put((byte) 0).putShort((short) 11).putShort((short) 0)
                .putShort((short) name.length).putShort((short) data.length).putShort((short) 0);
        b.put(name).position(12 + pad(name.length));
        b.put(data);
        return b.array();
    }

    private static byte[] queryExtension(String name) {
        byte[] n = name.getBytes(StandardCharsets.US_ASCII);
        int length = 8 + pad(n.length);
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 98).put((byte) 0).putShort((short) (length / 4)).putShort((short) n.length).putShort((short) 0)
                .put(n);
        return b.array();
    }

    /** The MIT-MAGIC-COOKIE-1 for display {@code number} on this host in an Xauthority file, or null. */
    static byte[] cookie(Path xauthority, String number) {
        if (xauthority == null || !Files.isRegularFile(xauthority)) {
            return null;
        }
        String host = hostName();
        try (InputStream raw = Files.newInputStream(xauthority)) {
            DataInputStream in = new DataInputStream(raw);
            while (true) {
                int family;
                try {
                    family = in.readUnsignedShort();
                } catch (EOFException end) {
                    return null;
                }
                String address = new String(field(in), StandardCharsets.ISO_8859_1);
                String display = new String(field(in), StandardCharsets.ISO_8859_1);
                String name = new String(field(in), StandardCharsets.ISO_8859_1);
                byte[] data = field(in);
                boolean thisHost = family == FAMILY_WILD || (family == FAMILY_LOCAL && address.equals(host));
                if (thisHost && (display.isEmpty() || display.equals(number)) && name.equals(COOKIE)) {
                    return data;
                }
            }
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] field(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readUnsignedShort()];
        in.readFully(b);
        return b;
    }

    private static String hostName() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
        } catch (IOException e) {
            return "";
        }
    }

    private static void skip(InputStream in, long n) throws IOException {
        long left = n;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) {
                    throw new EOFException();
                }
                s = 1;
            }
            left -= s;
        }
    }

    private static int pad(int n) {
        return (n + 3) & ~3;
    }
}
