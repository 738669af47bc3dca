package io.footfall.runtime.connect.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageException;
import io.footfall.runtime.connect.OriginDrain;
import io.footfall.runtime.connect.SightingLines;
import io.footfall.runtime.sighting.Sighting;
import io.footfall.runtime.testing.StageRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The MQTT stages against Debian's mosquitto, a broker we did not write, started as a child process. */
class MqttMosquittoTest {
    @TempDir
    Path dir;
    private MosquittoBroker mosquitto;

    @BeforeEach
    void start() throws Exception {
        mosquitto = MosquittoBroker.start(dir);
    }

    @AfterEach
    void stop() throws Exception {
        mosquitto.close();
    }

    private StageRunner origin(String clientId, String protocol) {
        return StageRunner.of(MqttStages.ORIGIN_ID).instanceName("mqtt").config("brokerUrl", mosquitto.url())
                .config("clientId", clientId).config("protocol", protocol).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"MQTT_3_1_1", "MQTT_5"})
    void sightingsFromMosquittoPubReachTheOrigin(String protocol) throws Exception {
        StageRunner origin = origin("pub-" + protocol, protocol).initOrFail();
        try {
            mosquitto.publishLines("footfall/sightings/s-01", 1, SightingLines.lines(0, 300));
            mosquitto.publishLines("footfall/sightings/s-02", 1, List.of(SightingLines.array(300, 50)));
            List<Record> got = OriginDrain.records(origin, 350, 10_000);
            assertThat(got).extracting(r -> r.get("/seq").asLong()).doesNotHaveDuplicates().hasSize(350);
            assertThat(got.get(0).getString("/device")).isEqualTo("3a:1f:9c:00:00:00");
        } finally {
            origin.destroy();
        }
    }

    /**
     * The broker away for several reconnect attempts, then back without the origin's session (its
     * persistence file gone): the origin keeps trying meanwhile and subscribes again on the new session.
     */
    @ParameterizedTest
    @ValueSource(strings = {"MQTT_3_1_1", "MQTT_5"})
    void originKeepsReconnectingWhileTheBrokerIsAwayAndSubscribesAgainWhenTheSessionIsLost(String protocol) throws Exception {
        StageRunner origin = StageRunner.of(MqttStages.ORIGIN_ID).instanceName("mqtt").config("brokerUrl", mosquitto.url())
                .config("clientId", "away-" + protocol).config("protocol", protocol)
                .config("maxReconnectDelaySeconds", 1).build().initOrFail();
        try {
            mosquitto.publishLines("footfall/sightings/s-04", 1, SightingLines.lines(0, 10));
            assertThat(OriginDrain.records(origin, 10, 10_000)).hasSize(10);
            mosquitto.stop();
            Thread.sleep(4_000); // a few failed attempts: the broker refuses connections meanwhile
            mosquitto.startWithoutSessions();
            // Messages published before the origin is subscribed again go nowhere: publish until one arrives.
            List<Long> after = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 20_000;
            for (int seq = 10; after.isEmpty() && System.currentTimeMillis() < deadline; seq++) {
                mosquitto.publishLines("footfall/sightings/s-04", 1, SightingLines.lines(seq, 1));
                origin.produce(null, 100).records().forEach(r -> after.add(r.get("/seq").asLong()));
            }
            assertThat(after).as("sightings after the broker came back; mosquitto's log:%n%s", mosquitto.log())
                    .isNotEmpty().allMatch(seq -> seq >= 10);
        } finally {
            origin.destroy();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"MQTT_3_1_1", "MQTT_5"})
    void qos2DeliversEachMessageOnce(String protocol) throws Exception {
        StageRunner origin = StageRunner.of(MqttStages.ORIGIN_ID).instanceName("mqtt").config("brokerUrl", mosquitto.url())
                .config("clientId", "qos2-" + protocol).config("protocol", protocol).config("qos", 2).build().initOrFail();
        try {
            mosquitto.publishLines("footfall/sightings/s-03", 2, SightingLines.lines(0, 200));
            List<Record> got = OriginDrain.records(origin, 200, 10_000);
            got.addAll(origin.produce(null, 1000).records());
            assertThat(got).extracting(r -> r.get("/seq").asLong()).doesNotHaveDuplicates().hasSize(200);
        } finally {
            origin.destroy();
        }
    }

    @Test
    void destinationPublishesToPerSensorTopicsOneOrManyPerMessage() throws Exception {
        StageRunner origin = origin("dest-check", "MQTT_5").initOrFail();
        StageRunner single = StageRunner.of(MqttStages.DESTINATION_ID).instanceName("out")
                .config("brokerUrl", mosquitto.url()).config("clientId", "dest-1").build().initOrFail();
        StageRunner batched = StageRunner.of(MqttStages.DESTINATION_ID).instanceName("out")
                .config("brokerUrl", mosquitto.url()).config("clientId", "dest-50").config("protocol", "MQTT_5")
                .config("sightingsPerMessage", 50).build().initOrFail();
        try {
            single.write(records(0, 70));
            batched.write(records(70, 130));
            assertThat(single.metrics().counter("messages")).isEqualTo(70);
            // 7 sensors, so per-sensor groups: 130 records in groups of up to 50 per topic.
            assertThat(batched.metrics().counter("messages")).isBetween(7L, 14L);
            List<Record> got = OriginDrain.records(origin, 200, 10_000);
            assertThat(got).extracting(r -> r.get("/seq").asLong()).doesNotHaveDuplicates().hasSize(200);
            for (Record r : got) {
                assertThat(r.header().attribute("mqtt.topic")).isEqualTo("footfall/sightings/" + r.getString("/sensor"));
            }
        } finally {
            single.destroy();
            batched.destroy();
            origin.destroy();
        }
    }

    private static List<Record> records(int from, int count) {
        List<Record> out = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            Sighting s = SightingLines.sighting(i);
            out.add(io.footfall.runtime.connect.SightingPayload.toRecord(s, "test#" + i));
        }
        return out;
    }

    /**
     * A QoS 1 stream while mosquitto is stopped and started again: every message sent arrives at least
     * once. The publisher retries a batch the broker did not acknowledge, as the runner would.
     */
    @Test
    void brokerRestartInTheMiddleOfAQos1StreamLosesNothing() throws Exception {
        int total = 3000;
        int perBatch = 50;
        StageRunner origin = StageRunner.of(MqttStages.ORIGIN_ID).instanceName("mqtt")
                .config("brokerUrl", mosquitto.url()).config("clientId", "restart-origin")
                .config("maxReconnectDelaySeconds", 1).build().initOrFail();
        StageRunner destination = StageRunner.of(MqttStages.DESTINATION_ID).instanceName("out")
                .config("brokerUrl", mosquitto.url()).config("clientId", "restart-publisher")
                .config("maxReconnectDelaySeconds", 1).build().initOrFail();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger retriedBatches = new AtomicInteger();
        AtomicReference<Throwable> publisherFailure = new AtomicReference<>();
        Thread publisher = new Thread(() -> {
            try {
                for (int from = 0; from < total; from += perBatch) {
                    while (true) {
                        try {
                            destination.write(records(from, perBatch));
                            break;
                        } catch (StageException e) {
                            retriedBatches.incrementAndGet();
                        }
                    }
                    sent.addAndGet(perBatch);
                    Thread.sleep(2);
                }
            } catch (Throwable t) {
                publisherFailure.set(t);
            }
        }, "publisher");
        Map<Long, Integer> received = new HashMap<>();
        boolean restarted = false;
        long deadline = System.currentTimeMillis() + 90_000;
        long quietAfterPublisher = Long.MAX_VALUE;
        String offset = null;
        try {
            publisher.start();
            while (received.size() < total && System.currentTimeMillis() < Math.min(deadline, quietAfterPublisher)) {
                if (!publisher.isAlive() && quietAfterPublisher == Long.MAX_VALUE) {
                    quietAfterPublisher = System.currentTimeMillis() + 10_000;
                }
                StageRunner.Output out = origin.produce(offset, 500);
                offset = out.offset();
                out.records().forEach(r -> received.merge(r.get("/seq").asLong(), 1, Integer::sum));
                if (!restarted && received.size() > total / 3) {
                    mosquitto.restart();
                    restarted = true;
                }
            }
            publisher.join(30_000);
        } finally {
            destination.destroy();
            origin.destroy();
        }
        assertThat(publisherFailure.get()).isNull();
        assertThat(restarted).isTrue();
        assertThat(sent.get()).isEqualTo(total);
        List<Long> missing = new ArrayList<>();
        for (long i = 0; i < total; i++) {
            if (!received.containsKey(i)) {
                missing.add(i);
            }
        }
        long duplicates = received.values().stream().mapToLong(n -> n - 1).sum();
        System.out.printf("broker restart: sent %d, received %d distinct, %d duplicates, %d batches re-sent, "
                        + "origin reconnects %d%n", total, received.size(), duplicates, retriedBatches.get(),
                origin.metrics().counter("reconnects"));
        assertThat(missing).as("sightings lost across the broker restart; mosquitto's log:%n%s", mosquitto.log())
                .isEmpty();
        assertThat(origin.metrics().counter("reconnects")).isPositive();
    }
}
