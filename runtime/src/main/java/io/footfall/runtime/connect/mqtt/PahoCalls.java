package io.footfall.runtime.connect.mqtt;

import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * What {@link PahoV3Link} and {@link PahoV5Link} do alike around Paho's two client APIs, whose tokens,
 * exceptions and clients share shapes but no types: turning a token into a {@link MqttLink.Delivery},
 * handing a message to the listener, closing politely then forcibly, and saying what went wrong.
 */
final class PahoCalls {
    static final long CLOSE_WAIT_MILLIS = 2000;

    private PahoCalls() {
    }

    /** A Paho call that may fail with Paho's (version-specific) exception. */
    interface Call {
        void run() throws Exception;
    }

    /** A Paho token's wait. */
    interface Wait {
        void waitForCompletion(long timeoutMillis) throws Exception;
    }

    static MqttLink.Delivery delivery(String topic, BooleanSupplier complete, Wait wait) {
        return new MqttLink.Delivery() {
            @Override
            public boolean isComplete() {
                return complete.getAsBoolean();
            }

            @Override
            public void await(long timeoutMillis) throws IOException {
                try {
                    // A completed token's wait returns at once, or throws the publish's failure.
                    wait.waitForCompletion(timeoutMillis);
                } catch (Exception e) {
                    throw new IOException("publish to '" + topic + "' failed: " + describe(e), e);
                }
            }
        };
    }

    /** Hands a message to the listener on Paho's callback thread. */
    static void deliver(MqttLink.Listener listener, String topic, byte[] payload, int id, int qos, boolean duplicate) {
        try {
            listener.message(topic, payload, id, qos, duplicate);
        } catch (InterruptedException e) {
            // Shutting down: the message stays unacknowledged and the broker sends it again.
            Thread.currentThread().interrupt();
        }
    }

    /** Disconnects politely when connected, then forcibly, then releases the client: each step whatever the last did. */
    static void close(boolean connected, Call disconnect, Call disconnectForcibly, Call release) {
        if (connected) {
            quietly(disconnect);
        }
        quietly(disconnectForcibly);
        quietly(release);
    }

    private static void quietly(Call call) {
        try {
            call.run();
        } catch (Exception e) {
            // Already disconnected or released: nothing left to do for this step.
        }
    }

    /** Paho's exception in words; Paho often says only "MqttException", so the cause says what happened. */
    static String describe(Throwable e) {
        if (e == null) {
            return "connection closed";
        }
        Throwable cause = e.getCause();
        if (cause instanceof java.net.UnknownHostException) {
            return "unknown host '" + cause.getMessage() + "'";
        }
        if (cause instanceof javax.net.ssl.SSLException) {
            return "TLS failed: " + cause.getMessage() + " (is the broker's certificate in the trust store?)";
        }
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (cause != null && cause.getMessage() != null && !text.contains(cause.getMessage())) {
            text += " (" + cause.getMessage() + ")";
        }
        return text;
    }
}
