package io.footfall.runtime.connect.mqtt;

import java.io.IOException;
import java.util.List;

/**
 * One connection to a broker, whichever MQTT version it speaks: the origin and destination are written
 * once against this, and {@link PahoV3Link} / {@link PahoV5Link} adapt Paho's two unrelated client APIs.
 * Failures arrive as {@link IOException}s whose message says what went wrong in words.
 */
interface MqttLink extends AutoCloseable {

    /** Connects, waiting up to the configured timeout; later drops are re-connected by Paho with back-off. */
    void connect() throws IOException;

    /** Subscribes to every filter now and again after each automatic reconnect. */
    void subscribe(List<String> filters, int qos) throws IOException;

    /** Acknowledges a message received with manual acks (PUBACK / PUBREC). */
    void ack(int messageId, int qos) throws IOException;

    /** Starts publishing; the handle completes when the broker acknowledged (at once for QoS 0). */
    Delivery publish(String topic, byte[] payload, int qos, boolean retained) throws IOException;

    boolean isConnected();

    /**
     * Closes the network connection as if it had failed, so that Paho reconnects and, with a persistent
     * session, sends the unacknowledged messages again. False when this link cannot (TLS connections).
     */
    default boolean dropConnection() {
        return false;
    }

    /** Disconnects politely (waiting briefly) and releases the client's threads. */
    @Override
    void close();

    /** What a subscriber hears. Called on the client's single callback thread: blocking it is back pressure. */
    interface Listener {
        void message(String topic, byte[] payload, int messageId, int qos, boolean duplicate) throws InterruptedException;

        default void connected(boolean reconnect) {
        }

        default void connectionLost(String reason) {
        }
    }

    /** A publish in flight. */
    interface Delivery {
        /** True once the broker acknowledged it (or it failed: {@link #await} says which). */
        boolean isComplete();

        /**
         * Waits for the acknowledgement: true once acknowledged, false when not within the time;
         * throws when the publish failed for good.
         */
        boolean await(long timeoutMillis) throws IOException;
    }

    /**
     * Thrown by {@link #publish} when the client has no connection at that moment (it dropped, or the
     * automatic reconnect is under way): wait and retry. A distinct type because by the time the caller
     * asks {@link #isConnected()} the reconnect may already have succeeded.
     */
    final class NotConnected extends IOException {
        private static final long serialVersionUID = 1L;

        NotConnected(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Thrown by {@link #publish} when the client's in-flight window is full: wait for one and retry. */
    final class WindowFull extends IOException {
        private static final long serialVersionUID = 1L;

        WindowFull(String message) {
            super(message);
        }
    }
}
