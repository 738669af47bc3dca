package io.footfall.runtime.connect.mqtt;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttException;

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

    /** A Paho delivery token, whichever client version made it. */
    interface Token {
        boolean isComplete();

        /** Why it failed, or null. */
        Throwable exception();

        void waitForCompletion(long timeoutMillis) throws Exception;
    }

    /** Paho's reason code of an exception of either client version (they share the numbers). */
    interface ReasonCode {
        int of(Throwable e);
    }

    private static final long RESEND_POLL_MILLIS = 5;
    /** Paho's code for "timed out" (both versions): its own wait ran out, or the broker stopped answering pings. */
    private static final int TIMED_OUT = 32000;

    /**
     * The delivery of one publish. With a persistent session ({@code resentAfterReconnect}), a publish
     * whose connection dropped before its acknowledgement is not failed: Paho keeps it and sends it again
     * once reconnected, and the same token completes again with the new acknowledgement.
     */
    static MqttLink.Delivery delivery(String topic, Token token, boolean resentAfterReconnect, ReasonCode reason) {
        return new MqttLink.Delivery() {
            private boolean awaitingResend(Throwable failure) {
                return resentAfterReconnect && failure != null && isConnectionFailure(reason.of(failure));
            }

            @Override
            public boolean isComplete() {
                return token.isComplete() && !awaitingResend(token.exception());
            }

            @Override
            public boolean await(long timeoutMillis) throws IOException {
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
                while (true) {
                    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    try {
                        // A completed token's wait returns at once, or throws the publish's failure;
                        // Paho waits for ever on 0, hence at least 1 ms.
                        token.waitForCompletion(Math.max(1, left));
                        return true;
                    } catch (Exception e) {
                        if (!awaitingResend(e) && !(reason.of(e) == TIMED_OUT && !token.isComplete())) {
                            throw new IOException("publish to '" + topic + "' failed: " + describe(e), e);
                        }
                    }
                    if (System.nanoTime() - deadline >= 0) {
                        return false;
                    }
                    pause(RESEND_POLL_MILLIS); // the token already completed with the failure: look again
                }
            }
        };
    }

    /**
     * True for failures of the connection rather than refusals by the broker: the client's own timeouts,
     * a lost or absent connection, an I/O error. Paho numbers these from 32000 (and 0 for a wrapped I/O
     * error); a broker's negative MQTT 5 acknowledgement carries its reason code, below 256.
     */
    static boolean isConnectionFailure(int code) {
        return code == 0 || code == 32000 || code == 32002 || code == 32103 || code == 32104 || code == 32109;
    }

    private static void pause(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for an acknowledgement");
        }
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

    /**
     * Whether a Paho reason code (v5's {@code MqttClientException} uses v3's numbers) means "no connection right now": the
     * connection dropped, is being made again, or the client is between the two.
     */
    static boolean isNotConnected(int reasonCode) {
        return reasonCode == MqttException.REASON_CODE_CLIENT_NOT_CONNECTED
                || reasonCode == MqttException.REASON_CODE_CONNECTION_LOST
                || reasonCode == MqttException.REASON_CODE_CONNECT_IN_PROGRESS
                || reasonCode == MqttException.REASON_CODE_CLIENT_DISCONNECTING;
    }
}
