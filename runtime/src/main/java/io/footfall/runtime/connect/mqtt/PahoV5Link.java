package io.footfall.runtime.connect.mqtt;

import java.io.IOException;
import java.util.List;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/** MQTT 5 through Paho's mqttv5 client. */
final class PahoV5Link implements MqttLink {
    /** A persistent session outlives the connection by a week: long enough for any planned downtime. */
    private static final long PERSISTENT_SESSION_EXPIRY_SECONDS = 7L * 24 * 3600;

    /** Plain TCP only; null for TLS. */
    private BufferedSocketFactory sockets;
    private final MqttSettings settings;
    private final MqttAsyncClient client;
    private final MqttConnectionOptions options = new MqttConnectionOptions();
    private volatile MqttSubscription[] subscriptions;

    PahoV5Link(MqttSettings settings, Listener listener, boolean automaticReconnect) throws IOException {
        this.settings = settings;
        try {
            this.client = new MqttAsyncClient(settings.brokerUrl(), settings.clientId(), new MemoryPersistence());
        } catch (MqttException | IllegalArgumentException e) {
            throw new IOException("cannot create an MQTT client for " + settings.brokerUrl() + ": " + e.getMessage(), e);
        }
        client.setManualAcks(true);
        client.setCallback(new MqttCallback() {
            @Override
            public void disconnected(MqttDisconnectResponse response) {
                listener.connectionLost(response.getException() != null ? PahoCalls.describe(response.getException())
                        : "disconnected by the broker (reason " + response.getReturnCode() + ")");
            }

            @Override
            public void mqttErrorOccurred(MqttException exception) {
                listener.connectionLost(PahoCalls.describe(exception));
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                PahoCalls.deliver(listener, topic, message.getPayload(), message.getId(), message.getQos(),
                        message.isDuplicate());
            }

            @Override
            public void deliveryComplete(IMqttToken token) {
                // Publishers wait on their tokens instead.
            }

            @Override
            public void connectComplete(boolean reconnect, String serverUri) {
                if (reconnect && subscriptions != null) {
                    resubscribe();
                }
                listener.connected(reconnect);
            }

            @Override
            public void authPacketArrived(int reasonCode, MqttProperties properties) {
                // No enhanced authentication.
            }
        });
        options.setCleanStart(settings.cleanSession());
        if (!settings.cleanSession()) {
            options.setSessionExpiryInterval(PERSISTENT_SESSION_EXPIRY_SECONDS);
        }
        options.setAutomaticReconnect(automaticReconnect);
        options.setAutomaticReconnectDelay(1, settings.maxReconnectDelaySeconds());
        options.setConnectionTimeout(settings.connectTimeoutSeconds());
        options.setKeepAliveInterval(settings.keepAliveSeconds());
        options.setReceiveMaximum(settings.receiveMaximum());
        if (settings.username() != null) {
            options.setUserName(settings.username());
        }
        if (settings.password() != null) {
            options.setPassword(settings.password().getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
            throw new IOException("cannot connect to MQTT broker " + settings.brokerUrl() + ": "
                    + PahoCalls.describe(e), e);
        }
    }

    @Override
    public void subscribe(List<String> topicFilters, int qos) throws IOException {
        MqttSubscription[] subs = new MqttSubscription[topicFilters.size()];
        for (int i = 0; i < subs.length; i++) {
            subs[i] = new MqttSubscription(topicFilters.get(i), qos);
        }
        subscriptions = subs;
        try {
            // The array form: subscribe(String, int, listener) recurses until the stack overflows in 1.2.5.
            IMqttToken token = client.subscribe(subs);
            token.waitForCompletion(settings.connectTimeoutSeconds() * 1000L);
            for (int code : token.getReasonCodes()) {
                if (code >= 0x80) {
                    throw new IOException("the broker refused the subscription to " + topicFilters + " (reason " + code + ")");
                }
            }
        } catch (MqttException e) {
            throw new IOException("cannot subscribe to " + topicFilters + ": " + PahoCalls.describe(e), e);
        }
    }

    private void resubscribe() {
        try {
            client.subscribe(subscriptions);
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
            IMqttToken token = client.publish(topic, payload, qos, retained);
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
            }, !settings.cleanSession(), e -> e instanceof org.eclipse.paho.mqttv5.common.MqttException m ? m.getReasonCode() : -1);
        } catch (MqttException e) {
            if (e.getReasonCode() == org.eclipse.paho.mqttv5.client.MqttClientException.REASON_CODE_MAX_INFLIGHT) {
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
