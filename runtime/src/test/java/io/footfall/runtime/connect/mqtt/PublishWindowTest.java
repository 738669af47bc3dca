package io.footfall.runtime.connect.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The window's decisions when a publish is refused, on a link scripted to answer as Paho does in the
 * moments around a reconnect (the real broker cases are in {@code MqttPublisherZeroLossTest}, where these
 * moments come by chance only).
 */
class PublishWindowTest {

    /** Refuses the first publishes as given, then accepts; every accepted publish is acknowledged. */
    private static final class ScriptedLink implements MqttLink {
        private final List<IOException> refusals;
        private final List<String> published = new ArrayList<>();

        ScriptedLink(List<IOException> refusals) {
            this.refusals = new ArrayList<>(refusals);
        }

        @Override
        public Delivery publish(String topic, byte[] payload, int qos, boolean retained) throws IOException {
            if (!refusals.isEmpty()) {
                throw refusals.remove(0);
            }
            published.add(topic);
            return new Delivery() {
                @Override
                public boolean isComplete() {
                    return true;
                }

                @Override
                public boolean await(long timeoutMillis) {
                    return true;
                }
            };
        }

        @Override
        public boolean isConnected() {
            return true; // Paho's automatic reconnect already succeeded when the window asks
        }

        @Override
        public void connect() {
        }

        @Override
        public void subscribe(List<String> filters, int qos) {
        }

        @Override
        public void ack(int messageId, int qos) {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aPublishRefusedForNoConnectionIsSentOnceTheClientIsBackEvenIfItReconnectedMeanwhile() throws Exception {
        ScriptedLink link = new ScriptedLink(List.of(
                new MqttLink.NotConnected("cannot publish to 'footfall/sightings/s-6': Client is not connected", null),
                new MqttLink.NotConnected("cannot publish to 'footfall/sightings/s-6': Connection lost", null)));
        PublishWindow window = new PublishWindow(link, 10, 5_000, "mqtt://127.0.0.1:1");

        window.send("footfall/sightings/s-6", new byte[] {1}, 1, false);
        window.drain();

        assertThat(link.published).containsExactly("footfall/sightings/s-6");
    }

    @Test
    void anyOtherRefusalByAConnectedClientFailsAtOnceWithItsReason() {
        ScriptedLink link = new ScriptedLink(List.of(new IOException("cannot publish to '#': Invalid topic")));
        PublishWindow window = new PublishWindow(link, 10, 5_000, "mqtt://127.0.0.1:1");

        assertThatThrownBy(() -> window.send("#", new byte[] {1}, 1, false))
                .hasMessage("cannot publish to '#': Invalid topic");
        assertThat(link.published).isEmpty();
    }
}
