package io.footfall.runtime.connect.mqtt;

import java.io.IOException;
import java.util.List;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** MQTT 3.1.1 through Paho's mqttv3 client. */
final class PahoV3Link implements MqttLink {
    /** Plain TCP only; null for TLS. */
    private BufferedSocketFactory sockets;
    private final MqttSettings settings;
    private final MqttAsyncClient client;
    private final MqttConnectOptions options = new MqttConnectOptions();
    private volatile String[] filters;
    private volatile int[] qosPerFilter;

    PahoV3Link(MqttSettings settings, Listener listener, boolean automaticReconnect) throws IOException {
        this.settings = settings;
        try {
            // Client-side state only has to survive reconnects within this process: the broker's
            // persistent session is what survives a restart of the runtime.
            this.client = new MqttAsyncClient(settings.brokerUrl(), settings.clientId(), new MemoryPersistence());
        } catch (MqttException | IllegalArgumentException e) {
            throw new IOException("cannot create an MQTT client for " + settings.brokerUrl() + ": " + e.getMessage(), e);
        }
        client.setManualAcks(true);
        client.setCallback(new MqttCallbackExtended() {
            @Override
            public void connectComplete(boolean reconnect, String serverUri) {
                if (reconnect && filters != null) {
                    resubscribe();
                }
                listener.connected(reconnect);
            }

            @Override
            public void connectionLost(Throwable cause) {
                listener.connectionLost(PahoCalls.describe(cause));
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                PahoCalls.deliver(listener, topic, message.getPayload(), message.getId(), message.getQos(),
                        message.isDuplicate());
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
                // Publishers wait on their tokens instead.
            }
        });
        options.setCleanSession(settings.cleanSession());
        // Paho's default falls back to MQTT 3.1 when a connect fails (e.g. a broker still starting after a
        // restart), and 3.1 allows client ids of 23 characters at most: the reconnect would then be
        // refused for good. We speak 3.1.1 only.
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setAutomaticReconnect(automaticReconnect);
        options.setMaxReconnectDelay(settings.maxReconnectDelaySeconds() * 1000);
        options.setConnectionTimeout(settings.connectTimeoutSeconds());
        options.setKeepAliveInterval(settings.keepAliveSeconds());
        options.setMaxInflight(Math.max(10, settings.receiveMaximum()));
        if (settings.username() != null) {
            options.setUserName(settings.username());
        }
        if (settings.password() != null) {
            options.setPassword(settings.password().toCharArray());
        }
        if (settings.tls() != null) {
            options.setSocketFactory(settings.tls());
        } else if (settings.brokerUrl().startsWith("tcp:")) {
            sockets = new BufferedSocketFactory();
            options.setSocketFactory(sockets);
        }
    }

    @Override
    public void connect() throws IOException {
        try {
            client.connect(options).waitForCompletion(settings.connectTimeoutSeconds() * 1000L + 1000);
        } catch (MqttException e) {
            throw new IOException("cannot connect to MQTT broker " + settings.brokerUrl() + ": " + PahoCalls.describe(e), e);
        }
    }

    @Override
    public void subscribe(List<String> topicFilters, int qos) throws IOException {
        filters = topicFilters.toArray(String[]::new);
        qosPerFilter = new int[filters.length];
        java.util.Arrays.fill(qosPerFilter, qos);
        try {
            IMqttToken token = client.subscribe(filters, qosPerFilter);
            token.waitForCompletion(settings.connectTimeoutSeconds() * 1000L);
            for (int granted : token.getGrantedQos()) {
                if (granted == 0x80) {
                    throw new IOException("the broker refused the subscription to " + topicFilters);
                }
            }
        } catch (MqttException e) {
            throw new IOException("cannot subscribe to " + topicFilters + ": " + PahoCalls.describe(e), e);
        }
    }

    private void resubscribe() {
        try {
            client.subscribe(filters, qosPerFilter);
        } catch (MqttException e) {
            // The next reconnect tries again; a persistent session still has the old subscription.
        }
    }

    @Override
    public void ack(int messageId, int qos) throws IOException {
        try {
            client.messageArrivedComplete(messageId, qos);
        } catch (MqttException e) {
            throw new IOException("cannot acknowledge message " + messageId + ": " + PahoCalls.describe(e), e);
        }
    }

    @Override
    public Delivery publish(String topic, byte[] payload, int qos, boolean retained) throws IOException {
        try {
            IMqttDeliveryToken token = client.publish(topic, payload, qos, retained);
            return PahoCalls.delivery(topic, new PahoCalls.Token() {
                @Override
                public boolean isComplete() {
                    return token.isComplete();
                }

                @Override
                public Throwable exception() {
                    return token.getException();
                }

                @Override
                public void waitForCompletion(long timeoutMillis) throws Exception {
                    token.waitForCompletion(timeoutMillis);
                }
            }, !settings.cleanSession(), e -> e instanceof MqttException m ? m.getReasonCode() : -1);
        } catch (MqttException e) {
            if (e.getReasonCode() == MqttException.REASON_CODE_MAX_INFLIGHT) {
                throw new WindowFull(PahoCalls.describe(e));
            }
            if (PahoCalls.isNotConnected(e.getReasonCode())) {
                throw new NotConnected("cannot publish to '" + topic + "': " + PahoCalls.describe(e), e);
            }
            throw new IOException("cannot publish to '" + topic + "': " + PahoCalls.describe(e), e);
        }
    }

    @Override
    public boolean dropConnection() {
        return sockets != null && sockets.closeCurrent();
    }

    @Override
    public boolean isConnected() {
        return client.isConnected();
    }

    @Override
    public void close() {
        PahoCalls.close(client.isConnected(),
                () -> client.disconnect(PahoCalls.CLOSE_WAIT_MILLIS).waitForCompletion(PahoCalls.CLOSE_WAIT_MILLIS),
                () -> client.disconnectForcibly(0, 100, false), () -> client.close(true));
    }
}
