package io.footfall.runtime.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.footfall.runtime.api.Record;
import io.footfall.runtime.connect.http.HttpOrigin;
import io.footfall.runtime.connect.mqtt.EmbeddedBroker;
import io.footfall.runtime.connect.mqtt.MqttSightingPublisher;
import io.footfall.runtime.connect.mqtt.MqttStages;
import io.footfall.runtime.connect.udp.UdpOrigin;
import io.footfall.runtime.sighting.Sighting;
import io.footfall.runtime.testing.StageRunner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The publishers the simulator uses, each into the matching origin. */
class SightingPublishersTest {

    private static List<Sighting> sightings(int count) {
        List<Sighting> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(SightingLines.sighting(i));
        }
        return out;
    }

    private static StageRunner listening(String type) {
        return StageRunner.of(type).instanceName("in").config("host", "127.0.0.1").config("port", 0).build().initOrFail();
    }

    private static int port(StageRunner origin) {
        return ((NettyServerOrigin) origin.stage()).localAddress().getPort();
    }

    @Test
    void mqttStartsTheEmbeddedBrokerWhenNoneListens() throws Exception {
        int port = EmbeddedBroker.freeLoopbackPort();
        try (SightingPublisher publisher = SightingPublishers.open("mqtt://127.0.0.1:" + port, 1)) {
            assertThat(((MqttSightingPublisher) publisher).startedEmbeddedBroker()).isTrue();
            StageRunner origin = StageRunner.of(MqttStages.ORIGIN_ID).instanceName("in")
                    .config("brokerUrl", "tcp://127.0.0.1:" + port).build().initOrFail();
            try {
                publisher.publish(sightings(120));
                List<Record> got = OriginDrain.records(origin, 120, 10_000);
                assertThat(got).extracting(r -> r.get("/seq").asLong()).doesNotHaveDuplicates().hasSize(120);
                assertThat(got.get(0).header().attribute("mqtt.topic")).isEqualTo("footfall/sightings/s-0");
            } finally {
                origin.destroy();
            }
        }
    }

    @Test
    void mqttUsesABrokerThatIsAlreadyThere() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(0);
             SightingPublisher publisher = SightingPublishers.open("mqtt://127.0.0.1:" + broker.port(), 50)) {
            assertThat(((MqttSightingPublisher) publisher).startedEmbeddedBroker()).isFalse();
        }
    }

    @Test
    void udpSendsDatagramsOneOrManyPerDatagram() throws Exception {
        StageRunner origin = listening(UdpOrigin.ID);
        try (SightingPublisher one = SightingPublishers.open("udp://127.0.0.1:" + port(origin), 1);
             SightingPublisher many = SightingPublishers.open("udp://127.0.0.1:" + port(origin), 25)) {
            one.publish(sightings(10));
            many.publish(sightings(100).subList(10, 100));
            assertThat(OriginDrain.records(origin, 100, 5000)).hasSize(100);
            assertThat(origin.metrics().counter("messages")).isEqualTo(10 + 4);
        } finally {
            origin.destroy();
        }
    }

    @Test
    void httpPostsArraysToSightings() throws Exception {
        StageRunner origin = listening(HttpOrigin.ID);
        try (SightingPublisher publisher = SightingPublishers.open("http://127.0.0.1:" + port(origin), 30)) {
            assertThat(publisher.target()).endsWith("/sightings");
            publisher.publish(sightings(100));
            assertThat(OriginDrain.records(origin, 100, 5000)).hasSize(100);
            assertThat(origin.metrics().counter("messages")).isEqualTo(4);
        } finally {
            origin.destroy();
        }
    }

    @Test
    void anUnknownSchemeIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> SightingPublishers.open("ftp://127.0.0.1:21", 1))
                .hasMessageContaining("use mqtt://HOST:PORT, udp://HOST:PORT or http://HOST:PORT");
    }
}
