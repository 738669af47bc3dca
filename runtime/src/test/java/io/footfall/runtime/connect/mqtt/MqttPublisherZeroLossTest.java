package io.footfall.runtime.connect.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.footfall.runtime.api.Record;
import io.footfall.runtime.connect.SightingLines;
import io.footfall.runtime.sighting.Sighting;
import io.footfall.runtime.testing.StageRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A QoS 1 stream from {@link MqttSightingPublisher} to the MQTT origin, cut in the middle, against both
 * brokers: Debian's mosquitto stopped and started again (child process, SIGTERM, on-disk persistence),
 * and the embedded broker closing the publisher's connection, or every connection. Every sequence
 * number the publisher was given must reach the origin: the publisher keeps what the broker had not
 * acknowledged, reconnects and sends it again, and blocks meanwhile instead of buffering without bound.
 */
class MqttPublisherZeroLossTest {
    private static final int TOTAL = 30_000;
    private static final int CHUNK = 250;

    @TempDir
    Path dir;

    /** Cuts the stream: restarts the broker, or makes it drop every connection. */
    private interface Restart {
        void run() throws Exception;
    }

    @Test
    void mosquittoRestartMidStreamLosesNothing() throws Exception {
        try (MosquittoBroker mosquitto = MosquittoBroker.start(dir)) {
            streamAcrossRestart(mosquitto.port(), 1, mosquitto::restart);
        }
    }

    @Test
    void mosquittoRestartMidStreamLosesNothingWithArraysPerMessage() throws Exception {
        try (MosquittoBroker mosquitto = MosquittoBroker.start(dir)) {
            streamAcrossRestart(mosquitto.port(), 25, mosquitto::restart);
        }
    }

    /** The embedded broker closes the publisher's connection mid-stream, as it may to an overdriving publisher. */
    @Test
    void embeddedBrokerDroppingThePublishersConnectionMidStreamLosesNothing() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(0)) {
            streamAcrossRestart(broker.port(), 1, () -> assertThat(broker.disconnectClients("footfall-publisher-")).isEqualTo(1));
        }
    }

    @Test
    void embeddedBrokerDroppingThePublishersConnectionMidStreamLosesNothingWithArraysPerMessage() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(0)) {
            streamAcrossRestart(broker.port(), 25, () -> assertThat(broker.disconnectClients("footfall-publisher-")).isEqualTo(1));
        }
    }

    /**
     * The publisher's and the origin's connections dropped at once: the origin's unacknowledged messages
     * must come again on its new connection. Moquette 0.17 lost a few of those (issue 7).
     */
    @Test
    void embeddedBrokerDroppingEveryConnectionMidStreamLosesNothing() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(0)) {
            streamAcrossRestart(broker.port(), 1, () -> assertThat(broker.disconnectClients("")).isEqualTo(2));
        }
    }

    @Test
    void aBrokerThatStaysAwayFailsThePublisherWithAMessageNamingIt() throws Exception {
        try (MosquittoBroker mosquitto = MosquittoBroker.start(dir)) {
            MqttSightingPublisher p = MqttSightingPublisher.open("127.0.0.1", mosquitto.port(), 1, 2_000);
            try {
                p.publish(List.of(SightingLines.sighting(0)));
                p.flush();
                mosquitto.stop();
                long start = System.nanoTime();
                assertThatThrownBy(() -> {
                    // Blocks once the broker is gone (back pressure), then gives up after the patience.
                    for (int seq = 1; seq < 1_000_000; seq++) {
                        p.publish(List.of(SightingLines.sighting(seq)));
                    }
                    p.flush();
                }).isInstanceOf(IOException.class).hasMessageContaining("MQTT broker mqtt://127.0.0.1:" + mosquitto.port());
                assertThat(System.nanoTime() - start).isBetween(TimeUnit.SECONDS.toNanos(2), TimeUnit.SECONDS.toNanos(30));
            } finally {
                p.close();
            }
        }
    }

    /**
     * Publishes seq 0..TOTAL-1 on one thread while the origin drains on this one; restarts the broker
     * once a third is handed over; then checks that every seq arrived.
     */
    private static void streamAcrossRestart(int port, int perMessage, Restart restart) throws Exception {
        String url = "tcp://127.0.0.1:" + port;
        StageRunner origin = StageRunner.of(MqttStages.ORIGIN_ID).instanceName("zero-loss")
                .config("brokerUrl", url).config("clientId", "zero-loss-" + perMessage)
                .config("maxReconnectDelaySeconds", 2).build().initOrFail();
        AtomicInteger handedOver = new AtomicInteger();
        AtomicReference<Throwable> publisherFailure = new AtomicReference<>();
        AtomicInteger reconnects = new AtomicInteger();
        Thread publisher = new Thread(() -> {
            try (MqttSightingPublisher p = MqttSightingPublisher.open("127.0.0.1", port, perMessage)) {
                for (int from = 0; from < TOTAL; from += CHUNK) {
                    List<Sighting> chunk = new ArrayList<>(CHUNK);
                    for (int seq = from; seq < from + CHUNK; seq++) {
                        chunk.add(SightingLines.sighting(seq));
                    }
                    p.publish(chunk);
                    handedOver.set(from + CHUNK);
                }
                p.flush();
                reconnects.set(p.reconnects());
            } catch (Throwable e) {
                publisherFailure.set(e);
            }
        }, "zero-loss-publisher");
        Thread restarter = new Thread(() -> {
            try {
                while (handedOver.get() < TOTAL / 3) {
                    Thread.sleep(1);
                }
                restart.run();
            } catch (Throwable e) {
                publisherFailure.compareAndSet(null, e);
            }
        }, "broker-restarter");
        BitSet received = new BitSet(TOTAL);
        int duplicates = 0;
        try {
            publisher.start();
            restarter.start();
            String offset = null;
            long deadline = System.currentTimeMillis() + 60_000;
            while (received.cardinality() < TOTAL && System.currentTimeMillis() < deadline) {
                StageRunner.Output out = origin.produce(offset, 1000);
                offset = out.offset();
                for (Record r : out.records()) {
                    int seq = (int) r.get("/seq").asLong();
                    if (received.get(seq)) {
                        duplicates++;
                    }
                    received.set(seq);
                }
            }
            restarter.join(30_000);
            publisher.join(60_000);
        } finally {
            origin.destroy();
        }
        assertThat(publisherFailure.get()).as("publisher or restart failure").isNull();
        assertThat(handedOver.get()).isEqualTo(TOTAL);
        // The restart really cut the publisher off mid-stream: it had to reconnect.
        assertThat(reconnects.get()).as("publisher reconnects").isPositive();
        BitSet missing = new BitSet(TOTAL);
        missing.set(0, TOTAL);
        missing.andNot(received);
        assertThat(missing.cardinality()).as("missing seqs (first: %d), %d duplicates", missing.nextSetBit(0), duplicates)
                .isZero();
    }
}
