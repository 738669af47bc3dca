package io.footfall.simulator.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.footfall.runtime.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Live publishing over UDP (one object per datagram) and HTTP (POST /sightings) to real local servers. */
class UdpAndHttpPublishingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static int simulate(Path dir, String publish) {
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(new StringWriter(), true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        String mall = Path.of(System.getProperty("footfall.repo.root", "..")).resolve("floorplans/small-mall.json").toString();
        return cli.execute("simulate", "--floorplan", mall, "--out", dir.toString(), "--duration", "2m",
                "--shoppers-per-hour", "1200", "--publish", publish, "--speed", "240");
    }

    @Test
    void udpSendsOneSightingPerDatagram(@TempDir Path dir) throws Exception {
        List<String> received = Collections.synchronizedList(new ArrayList<>());
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            socket.setReceiveBufferSize(4 << 20);
            Thread receiver = new Thread(() -> {
                byte[] buffer = new byte[2048];
                while (!socket.isClosed()) {
                    DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                    try {
                        socket.receive(packet);
                        received.add(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8));
                    } catch (java.io.IOException closed) {
                        return;
                    }
                }
            });
            receiver.start();
            assertThat(simulate(dir, "udp://127.0.0.1:" + socket.getLocalPort())).isZero();
            List<String> written = Files.readAllLines(dir.resolve("sightings.jsonl"));
            for (int i = 0; i < 100 && received.size() < written.size(); i++) {
                Thread.sleep(20);
            }
            assertThat(written).hasSizeGreaterThan(100);
            assertThat(received).containsExactlyInAnyOrderElementsOf(written);
        }
    }

    @Test
    void httpPostsObjectsOrArraysToSightings(@TempDir Path dir) throws Exception {
        List<JsonNode> received = Collections.synchronizedList(new ArrayList<>());
        List<String> paths = Collections.synchronizedList(new ArrayList<>());
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            paths.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            for (JsonNode s : body.isArray() ? body : List.of(body)) {
                received.add(s);
            }
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        server.start();
        try {
            assertThat(simulate(dir, "http://127.0.0.1:" + server.getAddress().getPort())).isZero();
        } finally {
            server.stop(0);
        }
        long written = Files.lines(dir.resolve("sightings.jsonl")).count();
        assertThat(received).hasSize((int) written);
        assertThat(paths).isNotEmpty().allMatch("POST /sightings"::equals);
    }
}
