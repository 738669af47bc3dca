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

    /**
     * The MQTT origin acknowledges only after its batch is written, so a subscriber's in-flight window bounds a
     * batch: HiveMQ sends at most 50 unacknowledged messages to an MQTT 3 client unless told otherwise.
     */
    @Test
    void aSubscriberThatHasNotAcknowledgedYetGetsAThousandQueuedMessagesAtOnce() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(0)) {
            AtomicInteger received = new AtomicInteger();
            MqttConnectOptions persistent = new MqttConnectOptions();
            persistent.setCleanSession(false);
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
            subscriber.connect(persistent).waitForCompletion(10_000);
            subscriber.subscribe("t/#", 1).waitForCompletion(10_000);
            subscriber.disconnect().waitForCompletion(10_000); // the session keeps what comes meanwhile

            MqttClient publisher = new MqttClient(broker.url(), "publisher", new MemoryPersistence());
            publisher.setTimeToWait(10_000);
            MqttConnectOptions options = new MqttConnectOptions();
            options.setMaxInflight(1000);
            publisher.connect(options);
            for (int i = 0; i < EmbeddedBroker.INFLIGHT_WINDOW + 200; i++) {
                publisher.publish("t/1", ("m" + i).getBytes(StandardCharsets.UTF_8), 1, false);
            }
            subscriber.connect(persistent).waitForCompletion(10_000);
            long deadline = System.currentTimeMillis() + 10_000;
            while (received.get() < EmbeddedBroker.INFLIGHT_WINDOW && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(200); // nothing beyond the window may follow
            assertThat(received.get()).isEqualTo(EmbeddedBroker.INFLIGHT_WINDOW);
            publisher.disconnect();
            publisher.close();
            subscriber.disconnectForcibly(0, 100, false);
            subscriber.close(true);
        }
    }

    @Test
    void acceptsMessagesOfFiftyKilobytes() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(0)) {
            MqttClient subscriber = new MqttClient(broker.url(), "big-subscriber", new MemoryPersistence());
            subscriber.setTimeToWait(10_000);
            subscriber.connect();
            AtomicInteger size = new AtomicInteger();
            subscriber.subscribe("big", 1, (topic, message) -> size.set(message.getPayload().length));
            MqttClient publisher = new MqttClient(broker.url(), "big-publisher", new MemoryPersistence());
            publisher.setTimeToWait(10_000);
            publisher.connect();
            publisher.publish("big", new byte[50_000], 1, false); // an array of ~500 sightings
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
