package io.footfall.runtime.connect.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.Record;
import io.footfall.runtime.connect.NettyServerOrigin;
import io.footfall.runtime.connect.OriginDrain;
import io.footfall.runtime.connect.SightingLines;
import io.footfall.runtime.testing.StageRunner;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TcpOriginTest {

    private static StageRunner origin(Object... config) {
        StageRunner.Builder b = StageRunner.of(TcpOrigin.ID).instanceName("tcp").config("host", "127.0.0.1")
                .config("port", 0);
        for (int i = 0; i < config.length; i += 2) {
            b.config((String) config[i], config[i + 1]);
        }
        return b.build().initOrFail();
    }

    private static int port(StageRunner origin) {
        return ((NettyServerOrigin) origin.stage()).localAddress().getPort();
    }

    private static CompletableFuture<Void> client(int port, List<String> lines) {
        return CompletableFuture.runAsync(() -> {
            try (Socket s = new Socket("127.0.0.1", port); OutputStream out = s.getOutputStream()) {
                for (String line : lines) {
                    out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void manyClientsSendNewlineDelimitedSightings() throws Exception {
        StageRunner origin = origin();
        try {
            List<CompletableFuture<Void>> clients = new ArrayList<>();
            for (int c = 0; c < 5; c++) {
                clients.add(client(port(origin), SightingLines.lines(c * 200, 200)));
            }
            List<Record> got = OriginDrain.records(origin, 1000, 10_000);
            CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
            assertThat(got).extracting(r -> r.get("/seq").asLong()).doesNotHaveDuplicates().hasSize(1000);
            assertThat(got).extracting(r -> r.header().attribute("peer")).allMatch(p -> p.startsWith("tcp 127.0.0.1:"));
            assertThat(origin.metrics().counter("connections")).isEqualTo(5);
        } finally {
            origin.destroy();
        }
    }

    @Test
    void badAndOverlongLinesAreErrorsAndTheStreamGoesOn() throws Exception {
        StageRunner origin = origin("maxMessageBytes", 256);
        try {
            String good = SightingLines.lines(1, 1).get(0);
            client(port(origin), List.of("not json", "x".repeat(1000), "", good)).get(5, TimeUnit.SECONDS);
            List<Record> got = OriginDrain.records(origin, 1, 5000);
            assertThat(got).extracting(r -> r.get("/seq").asLong()).containsExactly(1L);
            assertThat(origin.errors()).extracting(e -> e.header().errorMessage())
                    .satisfiesExactly(
                            m -> assertThat(m).matches("from tcp 127\\.0\\.0\\.1:\\d+: malformed JSON: .*"),
                            m -> assertThat(m).matches("from tcp 127\\.0\\.0\\.1:\\d+: line longer than 256 bytes"));
        } finally {
            origin.destroy();
        }
    }

    @Test
    void aSlowPipelineSlowsTheSenderInsteadOfDropping() throws Exception {
        StageRunner origin = origin("queueCapacity", 2);
        try {
            CompletableFuture<Void> sender = client(port(origin), SightingLines.lines(0, 5000));
            Thread.sleep(200); // the queue is full long before the sender is done
            List<Record> got = OriginDrain.records(origin, 5000, 20_000);
            sender.get(5, TimeUnit.SECONDS);
            assertThat(got).extracting(r -> r.get("/seq").asLong()).doesNotHaveDuplicates().hasSize(5000);
            assertThat(origin.metrics().counter("pauses")).isPositive();
            assertThat(origin.metrics().counter("dropped")).isZero();
        } finally {
            origin.destroy();
        }
    }

    /** An orderly close reads as end of stream, an abortive one as a reset: both mean the server hung up. */
    static boolean closedByServer(Socket s) throws java.io.IOException {
        s.setSoTimeout(5000);
        try {
            return s.getInputStream().read() == -1;
        } catch (java.net.SocketException reset) {
            return true;
        }
    }

    @Test
    void destroyClosesConnectionsAndReleasesThePort() throws Exception {
        StageRunner origin = origin();
        int port = port(origin);
        try (Socket open = new Socket("127.0.0.1", port)) {
            origin.destroy();
            assertThat(closedByServer(open)).isTrue();
        }
        try (ServerSocket again = new ServerSocket()) {
            again.bind(new InetSocketAddress("127.0.0.1", port));
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }
}
