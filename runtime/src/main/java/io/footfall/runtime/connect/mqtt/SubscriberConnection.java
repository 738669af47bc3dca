package io.footfall.runtime.connect.mqtt;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A subscription kept alive across dropped connections: a new Paho client for every connection, connected
 * and subscribed again by a thread of its own, after 1 s, 2 s, 4 s, ... up to the longest back-off, for as
 * long as the broker stays away.
 *
 * <p>Why not Paho's automatic reconnect: a subscriber with manual acks acknowledges from the pipeline's
 * thread, and an acknowledgement that races with a drop lands in Paho 1.2.5's queue of pending flows after
 * Paho emptied it. On the next reconnect of that client the new sender thread finds that flow before the
 * CONNECT, stops at once, and the connect thread waits for it for ever ({@code CommsSender.start}): no
 * reconnect again, and no error either. A fresh client starts with empty queues; the broker's persistent
 * session (same client id) keeps the subscription and every unacknowledged message meanwhile, and the
 * subscription is made again anyway in case the session was lost. Nothing here runs on Paho's threads
 * except handing over events, so nothing blocks them.
 */
final class SubscriberConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SubscriberConnection.class);
    private static final long FIRST_DELAY_MILLIS = 1000;

    private final MqttSettings settings;
    private final List<String> filters;
    private final MqttLink.Listener listener;
    private final String name;
    private final ScheduledExecutorService reconnector;
    private final Object lock = new Object();
    /** The link of the current connection (or of the one being made); guarded by lock. */
    private MqttLink current;
    /** A reconnect is scheduled or running; guarded by lock. */
    private boolean reconnecting;
    private boolean closed;
    /** The first connection and subscription succeeded: later connections are reconnects. Guarded by lock. */
    private boolean started;
    private long delayMillis = FIRST_DELAY_MILLIS;

    SubscriberConnection(MqttSettings settings, List<String> filters, MqttLink.Listener listener, String name) {
        this.settings = settings;
        this.filters = List.copyOf(filters);
        this.listener = listener;
        this.name = name;
        this.reconnector = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "MQTT reconnect: " + settings.clientId());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Connects and subscribes. A broker that cannot be reached fails it; one that accepts the connection
     * but drops it before the subscription is confirmed is tried again (with back-off) within the connect
     * timeout, since that is a moment's trouble (a broker still starting, a session being taken over).
     */
    void start() throws IOException {
        synchronized (lock) {
            reconnecting = true; // a drop meanwhile is this method's to handle, not the reconnector's
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.connectTimeoutSeconds());
        long pause = FIRST_DELAY_MILLIS / 4;
        while (true) {
            MqttLink link = newLink();
            try {
                link.connect();
            } catch (IOException e) {
                close(link);
                throw e;
            }
            try {
                link.subscribe(filters, settings.qos());
                up(link);
                return;
            } catch (IOException e) {
                boolean stillConnected = link.isConnected();
                close(link);
                if (stillConnected || System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pause) - deadline >= 0) {
                    throw e; // refused by a broker that is still there, or no time left
                }
                LOG.warn("{}: {}; connecting again", name, e.getMessage());
            }
            sleep(pause);
            pause = Math.min(pause * 2, maxDelayMillis());
        }
    }

    /** Connected and subscribed: later drops are the reconnector's, including one that already happened. */
    private void up(MqttLink link) {
        synchronized (lock) {
            reconnecting = false;
            started = true;
            delayMillis = FIRST_DELAY_MILLIS;
        }
        if (!link.isConnected()) {
            lost(link); // dropped before this thread said it was up: its connectionLost scheduled nothing
        }
    }

    /** Whether the current connection is up: an acknowledgement only makes sense on it. */
    boolean isConnected() {
        synchronized (lock) {
            return current != null && current.isConnected();
        }
    }

    /** Acknowledges on the current connection; a no-op while there is none (the broker sends the message again). */
    void ack(int messageId, int qos) throws IOException {
        synchronized (lock) {
            if (current != null && current.isConnected()) {
                current.ack(messageId, qos);
            }
        }
    }

    /** The link of the current connection, for tests that act on it directly. */
    MqttLink currentLink() {
        synchronized (lock) {
            return current;
        }
    }

    @Override
    public void close() {
        MqttLink last;
        synchronized (lock) {
            closed = true;
            last = current;
            current = null;
        }
        reconnector.shutdownNow();
        close(last);
    }

    private MqttLink newLink() throws IOException {
        synchronized (lock) {
            if (closed) {
                throw new IOException("closed");
            }
        }
        MqttLink[] self = new MqttLink[1];
        MqttLink link = settings.newLink(new MqttLink.Listener() {
            @Override
            public void message(String topic, byte[] payload, int messageId, int qos, boolean duplicate)
                    throws InterruptedException {
                if (isCurrent(self[0])) {
                    listener.message(topic, payload, messageId, qos, duplicate);
                } // else: from a connection already replaced, unacknowledged: the broker sends it again
            }

            @Override
            public void connected(boolean reconnect) {
                boolean reconnected;
                synchronized (lock) {
                    if (self[0] != current || closed) {
                        return;
                    }
                    reconnected = started;
                }
                listener.connected(reconnected);
            }

            @Override
            public void connectionLost(String reason) {
                // On Paho's thread: only hand over, the reconnect runs on ours.
                if (lost(self[0])) {
                    listener.connectionLost(reason);
                }
            }
        }, false);
        self[0] = link;
        synchronized (lock) {
            current = link;
        }
        return link;
    }

    private boolean isCurrent(MqttLink link) {
        synchronized (lock) {
            return link != null && link == current && !closed;
        }
    }

    /** The current connection dropped: schedules a reconnect unless one is already on its way. */
    private boolean lost(MqttLink link) {
        synchronized (lock) {
            if (link == null || link != current || closed) {
                return false;
            }
            if (!reconnecting) {
                reconnecting = true;
                schedule(delayMillis);
            }
            return true;
        }
    }

    private void schedule(long millis) {
        try {
            reconnector.schedule(this::reconnect, millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // close() shut the reconnector down: nothing to reconnect.
        }
    }

    /** On the reconnector's thread: a new client, connected and subscribed, or another try after a longer pause. */
    private void reconnect() {
        MqttLink old;
        synchronized (lock) {
            if (closed) {
                return;
            }
            old = current;
        }
        close(old);
        MqttLink link = null;
        try {
            link = newLink();
            link.connect();
            link.subscribe(filters, settings.qos());
            up(link);
        } catch (IOException e) {
            close(link);
            synchronized (lock) {
                if (closed) {
                    return;
                }
                LOG.info("{}: still no connection to {} ({}); trying again in {} ms", name, settings.brokerUrl(),
                        e.getMessage(), delayMillis);
                schedule(delayMillis);
                delayMillis = Math.min(delayMillis * 2, maxDelayMillis());
            }
        }
    }

    private long maxDelayMillis() {
        return Math.max(FIRST_DELAY_MILLIS, TimeUnit.SECONDS.toMillis(settings.maxReconnectDelaySeconds()));
    }

    private static void close(MqttLink link) {
        if (link != null) {
            link.close();
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while connecting to the MQTT broker");
        }
    }
}
