package io.footfall.runtime.connect.mqtt;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The publishes of one MQTT publisher that the broker has not acknowledged yet, at most {@code capacity}:
 * the bounded buffer between a producer and the broker, and its back pressure.
 *
 * <p>{@link #send} blocks the producer while the window is full (waiting for the oldest acknowledgement)
 * and while the client is disconnected (Paho reconnects with back-off meanwhile). A message whose
 * connection dropped before its PUBACK stays in the window: with a persistent session Paho keeps it and
 * sends it again after the reconnect, and its delivery completes then ({@link MqttLink.Delivery#await}).
 * So nothing handed to the window is lost while the broker comes back within {@code patienceMillis};
 * when it stays away longer, the call fails with a message naming the broker, and a warning is logged
 * every {@value #WARN_EVERY_SECONDS} s while waiting.
 */
final class PublishWindow {
    private static final Logger LOG = LoggerFactory.getLogger(PublishWindow.class);
    private static final long WARN_EVERY_SECONDS = 10;
    private static final long RECONNECT_POLL_MILLIS = 20;
    static final long ACK_TIMEOUT_MILLIS = 10_000;

    private final MqttLink link;
    private final int capacity;
    private final long patienceMillis;
    private final String broker;
    /** Published and not yet known to be acknowledged, oldest first. */
    private final ArrayDeque<MqttLink.Delivery> inFlight = new ArrayDeque<>();

    PublishWindow(MqttLink link, int capacity, long patienceMillis, String broker) {
        this.link = link;
        this.capacity = Math.max(1, capacity);
        this.patienceMillis = patienceMillis;
        this.broker = broker;
    }

    /** Publishes one message, first waiting for room in the window and for a connection. */
    void send(String topic, byte[] payload, int qos, boolean retained) throws IOException {
        while (!inFlight.isEmpty() && inFlight.peek().isComplete()) {
            awaitOldest(); // returns at once, or throws if that publish failed for good
        }
        if (inFlight.size() >= capacity) {
            awaitOldest();
        }
        long since = System.nanoTime();
        long nextWarning = since;
        boolean paused = false;
        while (true) {
            try {
                inFlight.add(link.publish(topic, payload, qos, retained));
                if (paused) {
                    LOG.info("MQTT broker {} reachable again; publishing resumed", broker);
                }
                return;
            } catch (MqttLink.WindowFull full) {
                // Paho's own window is full (e.g. messages it is sending again after a reconnect).
                if (inFlight.isEmpty()) {
                    pause();
                } else {
                    awaitOldest();
                }
            } catch (IOException e) {
                if (!(e instanceof MqttLink.NotConnected) && link.isConnected()) {
                    throw e; // refused by a connected client: waiting would not help
                }
                long waited = System.nanoTime() - since;
                if (waited > TimeUnit.MILLISECONDS.toNanos(patienceMillis)) {
                    String message = "MQTT broker " + broker + " unreachable for " + TimeUnit.NANOSECONDS.toSeconds(waited)
                            + " s (" + e.getMessage() + "); " + inFlight.size() + " messages not acknowledged";
                    LOG.error("{}; giving up", message);
                    throw new IOException(message, e);
                }
                if (System.nanoTime() - nextWarning >= 0) {
                    LOG.warn("MQTT broker {} unreachable ({}); publishing paused with {} messages awaiting "
                            + "acknowledgement, reconnecting with back-off", broker, e.getMessage(), inFlight.size());
                    nextWarning = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARN_EVERY_SECONDS);
                }
                paused = true;
                pause();
            }
        }
    }

    /** Waits until every message sent so far is acknowledged (sent again after reconnects as needed). */
    void drain() throws IOException {
        while (!inFlight.isEmpty()) {
            awaitOldest();
        }
    }

    /**
     * Waits for the oldest message's acknowledgement and takes it out of the window. A broker that neither
     * acknowledges nor drops the connection for {@value #ACK_TIMEOUT_MILLIS} ms (Moquette, our embedded broker before issue 7, discards a
     * PUBACK when the publisher's channel is momentarily not writable, and an MQTT 3.1.1 client sends a
     * message again only after a reconnect) gets its connection dropped, so Paho sends it again.
     */
    private void awaitOldest() throws IOException {
        MqttLink.Delivery oldest = inFlight.peek();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(patienceMillis);
        while (!oldest.await(Math.min(ACK_TIMEOUT_MILLIS, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())))) {
            if (System.nanoTime() - deadline >= 0) {
                String message = "MQTT broker " + broker + " did not acknowledge a message within "
                        + TimeUnit.MILLISECONDS.toSeconds(patienceMillis) + " s" + (link.isConnected() ? "" : " (not connected)")
                        + "; " + inFlight.size() + " messages not acknowledged";
                LOG.error("{}; giving up", message);
                throw new IOException(message);
            }
            if (link.isConnected() && link.dropConnection()) {
                LOG.warn("MQTT broker {} has not acknowledged a message for {} s; reconnecting so that the {} "
                        + "unacknowledged messages are sent again", broker, ACK_TIMEOUT_MILLIS / 1000, inFlight.size());
            }
        }
        inFlight.poll();
    }

    /** Messages not yet known to be acknowledged. */
    int size() {
        return inFlight.size();
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(RECONNECT_POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for the MQTT broker");
        }
    }
}
