package io.footfall.runtime.connect.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.connect.OriginDrain;
import io.footfall.runtime.connect.SightingLines;
import io.footfall.runtime.testing.StageRunner;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The MQTT origin against the embedded (HiveMQ CE) broker, published to by a plain Paho client. */
class MqttOriginTest {
    // One broker for the class (each test has its own client ids): it takes ~4 s to stop.
    private static EmbeddedBroker broker;
    private static MqttClient publisher;

    @BeforeAll
    static void start() throws Exception {
        broker = EmbeddedBroker.start(0);
        publisher = new MqttClient(broker.url(), "test-publisher", new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMaxInflight(1000); // Paho frees a slot a little after the PUBACK; 10 is too tight in a loop
        publisher.connect(options);
    }

    @AfterAll
    static void stop() throws Exception {
        publisher.disconnect();
        publisher.close();
        broker.stop();
    }

    private StageRunner origin(String clientId, Object... config) {
        StageRunner.Builder b = StageRunner.of(MqttStages.ORIGIN_ID).instanceName("mqtt")
                .config("brokerUrl", broker.url()).config("clientId", clientId);
        for (int i = 0; i < config.length; i += 2) {
            b.config((String) config[i], config[i + 1]);
        }
        return b.build();
    }

    private static void publish(String topic, String payload) throws Exception {
        publisher.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, false);
    }

    private static Set<Long> seqs(List<Record> records) {
        Set<Long> out = new TreeSet<>();
        records.forEach(r -> out.add(r.get("/seq").asLong()));
        return out;
    }

    @Test
    void objectsAndArraysOnMatchingTopicsBecomeSightingRecords() throws Exception {
        StageRunner origin = origin("objects").initOrFail();
        try {
            publish("footfall/sightings/s-01", SightingLines.lines(0, 1).get(0));
            publish("footfall/sightings/s-02", SightingLines.array(1, 5));
            publish("elsewhere/s-03", SightingLines.lines(6, 1).get(0)); // outside the filter
            List<Record> got = OriginDrain.records(origin, 6, 5000);
            assertThat(got).hasSize(6);
            assertThat(seqs(got)).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
            Record first = got.get(0);
            assertThat(first.get("/ts").asLong()).isEqualTo(1_764_064_800_000L);
            assertThat(first.getString("/sensor")).isEqualTo("s-0");
            assertThat(first.getString("/device")).isEqualTo("3a:1f:9c:00:00:00");
            assertThat(first.get("/rssi").asLong()).isEqualTo(-40);
            assertThat(first.getString("/kind")).isEqualTo("wifi");
            assertThat(first.header().attribute("mqtt.topic")).isEqualTo("footfall/sightings/s-01");
            assertThat(origin.metrics().counter("messages")).isEqualTo(2);
            assertThat(origin.metrics().counter("sightings")).isEqualTo(6);
        } finally {
            origin.destroy();
        }
    }

    @Test
    void malformedPayloadIsAnErrorRecordNamingTheTopic() throws Exception {
        StageRunner origin = origin("malformed").initOrFail();
        try {
            publish("footfall/sightings/s-09", "{\"ts\": 1, \"sensor\": \"s-09\"");
            publish("footfall/sightings/s-09", "[" + SightingLines.lines(0, 1).get(0) + ",{\"ts\":\"soon\"}]");
            publish("footfall/sightings/s-01", SightingLines.lines(7, 1).get(0));
            List<Record> got = OriginDrain.records(origin, 1, 5000);
            assertThat(seqs(got)).containsExactly(7L);
            List<Record> errors = origin.errors();
            assertThat(errors).hasSize(2);
            assertThat(errors.get(0).header().errorMessage()).startsWith("topic 'footfall/sightings/s-09': malformed JSON");
            assertThat(errors.get(0).getString("/payload")).isEqualTo("{\"ts\": 1, \"sensor\": \"s-09\"");
            assertThat(errors.get(1).header().errorMessage())
                    .isEqualTo("topic 'footfall/sightings/s-09': [1]: field 'ts' must be an integer, found 'soon'");
            assertThat(origin.metrics().counter("malformed")).isEqualTo(2);
        } finally {
            origin.destroy();
        }
    }

    @Test
    void singleLevelWildcardMatchesOnlyOneLevel() throws Exception {
        StageRunner origin = origin("plus", "topicFilters", List.of("footfall/+/s-01")).initOrFail();
        try {
            publish("footfall/sightings/s-02", SightingLines.lines(1, 1).get(0));
            publish("footfall/sightings/extra/s-01", SightingLines.lines(2, 1).get(0));
            publish("footfall/sightings/s-01", SightingLines.lines(3, 1).get(0));
            List<Record> got = OriginDrain.records(origin, 1, 5000);
            got.addAll(origin.produce(null, 100).records()); // anything that should not have matched
            assertThat(seqs(got)).containsExactly(3L);
        } finally {
            origin.destroy();
        }
    }

    @Test
    void persistentSessionKeepsWhatArrivesWhileThePipelineIsStopped() throws Exception {
        StageRunner first = origin("keeper").initOrFail();
        first.destroy(); // the broker now holds a session with the subscription
        for (String line : SightingLines.lines(0, 200)) {
            publish("footfall/sightings/s-01", line);
        }
        StageRunner second = origin("keeper").initOrFail();
        try {
            List<Record> got = OriginDrain.records(second, 200, 10_000);
            assertThat(seqs(got)).hasSize(200).contains(0L, 199L);
        } finally {
            second.destroy();
        }
    }

    /**
     * Issue 7: messages published while a persistent-session subscriber's connection is closing must wait
     * in its session like the ones published after. Moquette 0.17 lost one in about every other round: a
     * message routed while the old connection was still bound took a packet id from that connection's
     * counter, the new connection's counter started again at 1, and the next message sent under the same id
     * replaced it in the session's in-flight window. Mosquitto and HiveMQ keep all of them.
     */
    @Test
    void persistentSessionKeepsWhatIsPublishedWhileItsConnectionCloses() throws Exception {
        List<String> lines = SightingLines.lines(0, 200);
        List<String> losses = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            String topic = "closing/" + round;
            StageRunner first = origin("closing-" + round, "topicFilters", List.of(topic)).initOrFail();
            CountDownLatch go = new CountDownLatch(1);
            Thread racer = new Thread(() -> {
                try {
                    go.await();
                    for (String line : lines.subList(0, 20)) {
                        publisher.publish(topic, line.getBytes(StandardCharsets.UTF_8), 1, false);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "racing-publisher");
            racer.start();
            go.countDown();
            first.destroy();
            racer.join(10_000);
            for (String line : lines.subList(20, 200)) {
                publisher.publish(topic, line.getBytes(StandardCharsets.UTF_8), 1, false);
            }
            StageRunner second = origin("closing-" + round, "topicFilters", List.of(topic)).initOrFail();
            try {
                Set<Long> got = seqs(OriginDrain.records(second, 200, 10_000));
                if (got.size() != 200) {
                    Set<Long> missing = new TreeSet<>();
                    for (long seq = 0; seq < 200; seq++) {
                        if (!got.contains(seq)) {
                            missing.add(seq);
                        }
                    }
                    losses.add("round " + round + " lost " + missing);
                }
            } finally {
                second.destroy();
            }
        }
        assertThat(losses).isEmpty();
    }

    @Test
    void aPreviewDoesNotTakeTheMessagesQueuedForThePipeline() throws Exception {
        origin("shared").initOrFail().destroy(); // the pipeline's persistent session exists
        for (String line : SightingLines.lines(0, 5)) {
            publish("footfall/sightings/s-01", line);
        }
        StageRunner preview = StageRunner.of(MqttStages.ORIGIN_ID).instanceName("mqtt").preview(true)
                .config("brokerUrl", broker.url()).config("clientId", "shared").build().initOrFail();
        try {
            publish("footfall/sightings/s-01", SightingLines.lines(5, 1).get(0));
            assertThat(seqs(OriginDrain.records(preview, 1, 5000))).containsExactly(5L);
        } finally {
            preview.destroy();
        }
        StageRunner pipeline = origin("shared").initOrFail();
        try {
            assertThat(seqs(OriginDrain.records(pipeline, 6, 5000))).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        } finally {
            pipeline.destroy();
        }
    }

    @Test
    void cleanSessionForgetsWhatArrivedWhileStopped() throws Exception {
        StageRunner first = origin("forgetful", "cleanSession", true).initOrFail();
        first.destroy();
        publish("footfall/sightings/s-01", SightingLines.lines(0, 1).get(0));
        StageRunner second = origin("forgetful", "cleanSession", true).initOrFail();
        try {
            publish("footfall/sightings/s-01", SightingLines.lines(1, 1).get(0));
            assertThat(seqs(OriginDrain.records(second, 1, 5000))).containsExactly(1L);
        } finally {
            second.destroy();
        }
    }

    @Test
    void fullQueueWithDropPolicyCountsWhatItDrops() throws Exception {
        StageRunner origin = origin("dropper", "queueCapacity", 5, "overflow", "DROP").initOrFail();
        try {
            for (String line : SightingLines.lines(0, 100)) {
                publish("footfall/sightings/s-01", line);
            }
            Thread.sleep(300); // let the rest arrive and overflow
            List<Record> got = OriginDrain.records(origin, 100, 1500);
            long dropped = origin.metrics().counter("dropped");
            assertThat(dropped).isPositive();
            assertThat(got.size() + dropped).isEqualTo(100);
        } finally {
            origin.destroy();
        }
    }

    @Test
    void fullQueueWithBlockPolicyLosesNothing() throws Exception {
        StageRunner origin = origin("blocker", "queueCapacity", 3, "overflow", "BLOCK").initOrFail();
        try {
            for (String line : SightingLines.lines(0, 100)) {
                publish("footfall/sightings/s-01", line);
            }
            List<Record> got = OriginDrain.records(origin, 100, 10_000);
            assertThat(seqs(got)).hasSize(100);
            assertThat(origin.metrics().counter("dropped")).isZero();
        } finally {
            origin.destroy();
        }
    }

    @Test
    void unreachableBrokerIsAConfigIssueOnTheUrl() {
        int nobody = EmbeddedBroker.freeLoopbackPort();
        String url = "tcp://127.0.0.1:" + nobody;
        StageRunner origin = StageRunner.of(MqttStages.ORIGIN_ID).instanceName("mqtt")
                .config("brokerUrl", url).config("connectTimeoutSeconds", 2).build();
        List<ConfigIssue> issues = origin.init();
        origin.destroy();
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.config()).isEqualTo("brokerUrl");
            assertThat(i.message()).startsWith("cannot connect to MQTT broker " + url + ":");
        });
    }

    @Test
    void anUnknownHostIsNamed() {
        StageRunner origin = StageRunner.of(MqttStages.ORIGIN_ID).instanceName("mqtt")
                .config("brokerUrl", "tcp://no-such-host.invalid:1883").config("connectTimeoutSeconds", 2).build();
        List<ConfigIssue> issues = origin.init();
        origin.destroy();
        assertThat(issues).extracting(ConfigIssue::message).containsExactly(
                "cannot connect to MQTT broker tcp://no-such-host.invalid:1883: unknown host 'no-such-host.invalid'");
    }

    @Test
    void badSettingsAreReportedOnTheirFields() {
        StageRunner origin = StageRunner.of(MqttStages.ORIGIN_ID).instanceName("mqtt")
                .config("brokerUrl", "http://example.org").config("topicFilters", List.of("a/#/b", "x+/y"))
                .config("password", "secret").build();
        List<ConfigIssue> issues = origin.init();
        assertThat(issues).extracting(ConfigIssue::config)
                .containsExactlyInAnyOrder("topicFilters", "topicFilters", "brokerUrl", "username");
        assertThat(issues.toString()).doesNotContain("secret");
    }
}
