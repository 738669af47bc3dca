package io.footfall.runtime.connect.udp;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.connect.NettyServerOrigin;
import io.footfall.runtime.connect.OriginDrain;
import io.footfall.runtime.connect.SightingLines;
import io.footfall.runtime.testing.StageRunner;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class UdpOriginTest {

    private static StageRunner origin(Object... config) {
        StageRunner.Builder b = StageRunner.of(UdpOrigin.ID).instanceName("udp").config("host", "127.0.0.1")
                .config("port", 0);
        for (int i = 0; i < config.length; i += 2) {
            b.config((String) config[i], config[i + 1]);
        }
        return b.build().initOrFail();
    }

    private static int port(StageRunner origin) {
        return ((NettyServerOrigin) origin.stage()).localAddress().getPort();
    }

    private static void send(DatagramSocket socket, int port, String payload) throws Exception {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), port));
    }

    @Test
    void eachDatagramIsASightingOrAnArrayOfThem() throws Exception {
        StageRunner origin = origin();
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            int port = port(origin);
            for (String line : SightingLines.lines(0, 20)) {
                send(socket, port, line);
            }
            send(socket, port, SightingLines.array(20, 10));
            List<Record> got = OriginDrain.records(origin, 30, 5000);
            assertThat(got).extracting(r -> r.get("/seq").asLong()).doesNotHaveDuplicates().hasSize(30);
            assertThat(got.get(0).header().attribute("peer")).isEqualTo("udp 127.0.0.1:" + socket.getLocalPort());
        } finally {
            origin.destroy();
        }
    }

    @Test
    void aMalformedDatagramIsAnErrorRecordNamingTheSender() throws Exception {
        StageRunner origin = origin();
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            send(socket, port(origin), "{\"ts\": 17, \"sensor\": 5}");
            send(socket, port(origin), SightingLines.lines(1, 1).get(0));
            OriginDrain.records(origin, 1, 5000);
            assertThat(origin.errors()).singleElement().satisfies(e -> {
                assertThat(e.header().errorMessage()).isEqualTo("from udp 127.0.0.1:" + socket.getLocalPort()
                        + ": field 'sensor' must be a string, found '5'");
                assertThat(e.getString("/payload")).isEqualTo("{\"ts\": 17, \"sensor\": 5}");
            });
        } finally {
            origin.destroy();
        }
    }

    @Test
    void whenTheQueueIsFullDatagramsAreDroppedAndCounted() throws Exception {
        StageRunner origin = origin("queueCapacity", 10);
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            for (String line : SightingLines.lines(0, 200)) {
                send(socket, port(origin), line);
            }
            // All of them reach the full queue before anything is drained: 10 queued, the rest dropped.
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (origin.metrics().counter("dropped") < 190 && System.nanoTime() - deadline < 0) {
                Thread.sleep(20);
            }
            List<Record> got = OriginDrain.records(origin, 200, 500);
            long dropped = origin.metrics().counter("dropped");
            assertThat(got).hasSize(10);
            assertThat(dropped).isEqualTo(190);
        } finally {
            origin.destroy();
        }
    }

    @Test
    void destroyReleasesThePortAndABusyPortIsAConfigIssue() throws Exception {
        StageRunner origin = origin();
        int port = port(origin);
        StageRunner second = StageRunner.of(UdpOrigin.ID).instanceName("udp2").config("host", "127.0.0.1")
                .config("port", port).build();
        List<ConfigIssue> issues = second.init();
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.config()).isEqualTo("port");
            assertThat(i.message()).startsWith("cannot listen on 127.0.0.1:" + port);
        });
        origin.destroy();
        try (DatagramSocket again = new DatagramSocket(new InetSocketAddress("127.0.0.1", port))) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }
}
