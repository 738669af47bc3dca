package io.footfall.runtime.connect.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;

class EmbeddedBrokerTest {

    /** Moquette alone stops at 10 unacknowledged messages per subscriber; the origin needs many more. */
    @Test
    void aSubscriberThatHasNotAcknowledgedYetStillGetsHundredsOfMessages() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(0)) {
            AtomicInteger received = new AtomicInteger();
            MqttAsyncClient subscriber = new MqttAsyncClient(broker.url(), "slow-acker", new MemoryPersistence());
            subscriber.setManualAcks(true); // and never acknowledges
            subscriber.setCallback(new MqttCallback() {
                @Override
                public void connectionLost(Throwable cause) {
                }

                @Override
                public void messageArrived(String topic, MqttMessage message) {
                    received.incrementAndGet();
                }

                @Override
                public void deliveryComplete(IMqttDeliveryToken token) {
                }
            });
            subscriber.connect(new MqttConnectOptions()).waitForCompletion(10_000);
            subscriber.subscribe("t/#", 1).waitForCompletion(10_000);

            MqttClient publisher = new MqttClient(broker.url(), "publisher", new MemoryPersistence());
            publisher.setTimeToWait(10_000);
            MqttConnectOptions options = new MqttConnectOptions();
            options.setMaxInflight(1000);
            publisher.connect(options);
            for (int i = 0; i < 300; i++) {
                publisher.publish("t/1", ("m" + i).getBytes(StandardCharsets.UTF_8), 1, false);
            }
            long deadline = System.currentTimeMillis() + 10_000;
            while (received.get() < 300 && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            assertThat(received.get()).isEqualTo(300);
            publisher.disconnect();
            publisher.close();
            subscriber.disconnectForcibly(0, 100, false);
            subscriber.close(true);
        }
    }

    @Test
    void acceptsMessagesLargerThanMoquettesDefaultLimit() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(0)) {
            MqttClient subscriber = new MqttClient(broker.url(), "big-subscriber", new MemoryPersistence());
            subscriber.setTimeToWait(10_000);
            subscriber.connect();
            AtomicInteger size = new AtomicInteger();
            subscriber.subscribe("big", 1, (topic, message) -> size.set(message.getPayload().length));
            MqttClient publisher = new MqttClient(broker.url(), "big-publisher", new MemoryPersistence());
            publisher.setTimeToWait(10_000);
            publisher.connect();
            publisher.publish("big", new byte[50_000], 1, false); // Moquette's default limit: 8,092 bytes
            long deadline = System.currentTimeMillis() + 10_000;
            while (size.get() == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            assertThat(size.get()).isEqualTo(50_000);
            publisher.disconnect();
            publisher.close();
            subscriber.disconnect();
            subscriber.close();
        }
    }
}
