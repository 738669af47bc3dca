package io.footfall.runtime.connect.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.connect.SightingLines;
import java.nio.file.Path;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The origin's connection to mosquitto across drops. */
class SubscriberConnectionTest {
    @TempDir
    Path dir;

    /**
     * The race behind the origin that never came back: an ack handed to Paho just as the connection
     * dropped stays queued, and Paho 1.2.5's own reconnect of that client then hangs for ever. Here the
     * ack is made on the dropped connection on purpose; the subscription must still come back.
     */
    @Test
    void anAckMadeOnADroppedConnectionDoesNotStopTheReconnect() throws Exception {
        try (MosquittoBroker mosquitto = MosquittoBroker.start(dir)) {
            MqttSettings settings = new MqttSettings(mosquitto.url(), MqttSettings.MqttVersion.MQTT_3_1_1,
                    "ack-race", false, 1, null, null, null, 5, 30, 1, 1000);
            LinkedBlockingQueue<Integer> ids = new LinkedBlockingQueue<>();
            LinkedBlockingQueue<String> topics = new LinkedBlockingQueue<>();
            AtomicInteger reconnects = new AtomicInteger();
            SubscriberConnection connection = new SubscriberConnection(settings, java.util.List.of("footfall/#"),
                    new MqttLink.Listener() {
                        @Override
                        public void message(String topic, byte[] payload, int messageId, int qos, boolean duplicate) {
                            ids.add(messageId);
                            topics.add(topic);
                        }

                        @Override
                        public void connected(boolean reconnect) {
                            if (reconnect) {
                                reconnects.incrementAndGet();
                            }
                        }
                    }, "ack-race");
            try {
                connection.start();
                mosquitto.publishLines("footfall/a", 1, SightingLines.lines(0, 1));
                Integer first = ids.poll(10, TimeUnit.SECONDS);
                assertThat(first).as("message before the drop").isNotNull();
                MqttLink dropped = connection.currentLink();
                assertThat(dropped.dropConnection()).isTrue();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (dropped.isConnected() && System.nanoTime() < deadline) {
                    Thread.sleep(1);
                }
                assertThat(dropped.isConnected()).isFalse();
                dropped.ack(first, 1); // what the losing side of the race does

                deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
                while (!connection.isConnected() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(connection.isConnected()).as("reconnected").isTrue();
                assertThat(reconnects.get()).isPositive(); // a loaded machine may drop the new connection too
                mosquitto.publishLines("footfall/b", 1, SightingLines.lines(1, 1));
                String topic;
                do { // the unacknowledged first message may come again before it
                    topic = topics.poll(10, TimeUnit.SECONDS);
                } while (topic != null && !topic.equals("footfall/b"));
                assertThat(topic).as("message after the reconnect").isEqualTo("footfall/b");
            } finally {
                connection.close();
            }
        }
    }
}
