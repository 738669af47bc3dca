package io.footfall.runtime.connect.mqtt;

import io.footfall.runtime.connect.SightingPayload;
import io.footfall.runtime.connect.SightingPublisher;
import io.footfall.runtime.sighting.Sighting;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes sightings at QoS 1 to {@code footfall/sightings/<sensor>} (CONTRACT.md section 2), one per
 * message or arrays of up to N per sensor. With no broker on a loopback address it starts the embedded
 * one there — the zero-install live mode — and stops it on {@link #close}.
 *
 * <p>Up to {@value #WINDOW} messages are in flight at once, across {@link #publish} calls: waiting for
 * every PUBACK before sending on would make each call cost a round trip through the broker. {@link #flush}
 * and {@link #close} wait for the rest.
 *
 * <p>Nothing handed over is lost when the connection drops (the broker restarts, or closes an overdriving
 * client): the session is persistent (clean session off, one client id for the publisher's life), Paho
 * reconnects with back-off and sends the unacknowledged messages again, and {@link #publish} blocks while
 * the window is full or the broker is away — back pressure instead of an unbounded buffer. A broker
 * away for longer than {@value #RECONNECT_PATIENCE_MILLIS} ms fails the call with a message naming it.
 */
public final class MqttSightingPublisher implements SightingPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(MqttSightingPublisher.class);
    /** How long a publish waits for the broker to come back (or to acknowledge) before failing. */
    static final long RECONNECT_PATIENCE_MILLIS = 60_000;
    /** Longest pause between reconnect attempts (Paho doubles it from 1 s). */
    private static final int MAX_RECONNECT_DELAY_SECONDS = 2;
    /** Unacknowledged messages at most (Paho's own limit, maxInflight, is set to the same). */
    static final int WINDOW = 1000;

    private final MqttLink link;
    private final EmbeddedBroker startedBroker;
    private final String target;
    private final int perMessage;
    private final PublishWindow window;
    private final AtomicInteger reconnects;

    private MqttSightingPublisher(MqttLink link, EmbeddedBroker startedBroker, String target, int perMessage,
                                  AtomicInteger reconnects, long patienceMillis) {
        this.reconnects = reconnects;
        this.link = link;
        this.startedBroker = startedBroker;
        this.target = target;
        this.perMessage = Math.max(1, perMessage);
        this.window = new PublishWindow(link, WINDOW, patienceMillis, target);
    }

    public static MqttSightingPublisher open(String host, int port, int perMessage) throws IOException {
        return open(host, port, perMessage, RECONNECT_PATIENCE_MILLIS);
    }

    /** With how long a publish may wait for an absent broker before it fails. */
    static MqttSightingPublisher open(String host, int port, int perMessage, long patienceMillis) throws IOException {
        EmbeddedBroker started = EmbeddedBroker.startIfAbsent(host, port).orElse(null);
        String url = "tcp://" + host + ":" + port;
        MqttSettings settings = new MqttSettings(url, MqttSettings.MqttVersion.MQTT_3_1_1,
                // Unique per publisher, the same across its reconnects: the persistent session is what lets
                // Paho send the unacknowledged messages again, and two publishers must not share one.
                "footfall-publisher-" + ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime()), false, 1,
                null, null, null, 10, 30, MAX_RECONNECT_DELAY_SECONDS, WINDOW);
        AtomicInteger reconnects = new AtomicInteger();
        String target = "mqtt://" + host + ":" + port;
        MqttLink link = settings.newLink(new MqttLink.Listener() {
            @Override
            public void message(String topic, byte[] payload, int messageId, int qos, boolean duplicate) {
                // A publisher subscribes to nothing.
            }

            @Override
            public void connected(boolean reconnect) {
                if (reconnect) {
                    reconnects.incrementAndGet();
                    LOG.info("reconnected to MQTT broker {}; sending the unacknowledged messages again", target);
                }
            }

            @Override
            public void connectionLost(String reason) {
                LOG.warn("lost the connection to MQTT broker {} ({}); reconnecting with back-off", target, reason);
            }
        });
        try {
            link.connect();
        } catch (IOException e) {
            link.close();
            if (started != null) {
                started.stop();
            }
            throw e;
        }
        return new MqttSightingPublisher(link, started, target, perMessage, reconnects, patienceMillis);
    }

    /** How often the connection was re-established after a drop. */
    public int reconnects() {
        return reconnects.get();
    }

    /** True when this publisher started the embedded broker (nothing was listening). */
    public boolean startedEmbeddedBroker() {
        return startedBroker != null;
    }

    @Override
    public void publish(List<Sighting> sightings) throws IOException {
        if (perMessage == 1) {
            for (Sighting s : sightings) {
                send(topic(s), SightingPayload.encode(List.of(s)));
            }
        } else {
            Map<String, List<Sighting>> bySensor = new LinkedHashMap<>();
            for (Sighting s : sightings) {
                List<Sighting> group = bySensor.computeIfAbsent(topic(s), k -> new ArrayList<>());
                group.add(s);
                if (group.size() == perMessage) {
                    send(topic(s), SightingPayload.encode(group));
                    group.clear();
                }
            }
            for (Map.Entry<String, List<Sighting>> e : bySensor.entrySet()) {
                if (!e.getValue().isEmpty()) {
                    send(e.getKey(), SightingPayload.encode(e.getValue()));
                }
            }
        }
    }

    /**
     * Sends what one sensor heard as one message: the JSON object for one sighting, an array for more
     * (the simulator's live mode, which publishes per sensor whatever is due at once).
     */
    public void publish(String sensor, List<Sighting> sightings) throws IOException {
        if (!sightings.isEmpty()) {
            send("footfall/sightings/" + sensor, SightingPayload.encode(sightings));
        }
    }

    @Override
    public void flush() throws IOException {
        window.drain();
    }

    private static String topic(Sighting s) {
        return "footfall/sightings/" + s.sensor();
    }

    private void send(String topic, byte[] payload) throws IOException {
        window.send(topic, payload, 1, false);
    }

    @Override
    public String target() {
        return target;
    }

    @Override
    public void close() {
        try {
            flush();
        } catch (IOException e) {
            // Closing anyway; a caller that needs to know calls flush() first.
        }
        link.close();
        if (startedBroker != null) {
            startedBroker.stop();
        }
    }
}
