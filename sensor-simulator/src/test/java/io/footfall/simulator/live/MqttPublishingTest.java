package io.footfall.simulator.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footfall.runtime.cli.Main;
import io.footfall.runtime.connect.mqtt.EmbeddedBroker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Live publishing to a real MQTT broker (the product's embedded one, on a free loopback port). */
class MqttPublishingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private EmbeddedBroker broker;
    private int port;

    @BeforeEach
    void startBroker() throws Exception {
        broker = EmbeddedBroker.start(0);
        port = broker.port();
    }

    @AfterEach
    void stopBroker() {
        broker.stop();
    }

    @Test
    void withNoBrokerListeningTheEmbeddedOneIsStartedAndStoppedAgain(@TempDir Path dir) throws Exception {
        int nobody;
        try (ServerSocket probe = new ServerSocket(0)) {
            nobody = probe.getLocalPort();
        }
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        int status;
        try {
            String mall = Path.of(System.getProperty("footfall.repo.root", "..")).resolve("floorplans/small-mall.json").toString();
            status = cli.execute("simulate", "--floorplan", mall, "--out", dir.toString(), "--duration", "1m",
                    "--shoppers-per-hour", "600", "--publish", "mqtt://127.0.0.1:" + nobody, "--speed", "120");
        } finally {
            System.setErr(stderr);
        }
        assertThat(status).as(err.toString()).isZero();
        assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("started the embedded one at mqtt://127.0.0.1:" + nobody);
        try (ServerSocket again = new ServerSocket(nobody, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            assertThat(again.getLocalPort()).isEqualTo(nobody); // the broker stopped with the simulation
        }
    }

    @Test
    void everySightingWrittenIsPublishedOnItsSensorTopic(@TempDir Path dir) throws Exception {
        List<JsonNode> received = Collections.synchronizedList(new ArrayList<>());
        List<String> wrongTopic = Collections.synchronizedList(new ArrayList<>());
        MqttClient subscriber = new MqttClient("tcp://127.0.0.1:" + port, "test-subscriber", new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        subscriber.connect(options);
        subscriber.subscribe("footfall/sightings/#", 1, (topic, message) -> {
            JsonNode body = JSON.readTree(message.getPayload());
            for (JsonNode s : body.isArray() ? body : List.of(body)) {
                received.add(s);
                if (!topic.equals("footfall/sightings/" + s.get("sensor").asText())) {
                    wrongTopic.add(topic + " " + s);
                }
            }
        });

        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        String mall = Path.of(System.getProperty("footfall.repo.root", "..")).resolve("floorplans/small-mall.json").toString();
        long wallStart = System.nanoTime();
        int status = cli.execute("simulate", "--floorplan", mall, "--out", dir.toString(), "--duration", "3m",
                "--shoppers-per-hour", "1500", "--publish", "mqtt://127.0.0.1:" + port, "--speed", "120");
        double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
        assertThat(status).as(err.toString()).isZero();

        long written = Files.lines(dir.resolve("sightings.jsonl")).count();
        for (int i = 0; i < 100 && received.size() < written; i++) {
            Thread.sleep(50);
        }
        subscriber.disconnect();
        subscriber.close();
        assertThat(written).isGreaterThan(100);
        assertThat(received).hasSize((int) written);
        assertThat(wrongTopic).isEmpty();
        // 3 simulated minutes at 120× take at least 1.5 s: publishing is paced, not dumped.
        assertThat(wallSeconds).isGreaterThan(1.4);
    }
}
