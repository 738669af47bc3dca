package io.footfall.runtime.connect.mqtt;

import io.footfall.runtime.connect.SightingPayload;
import io.footfall.runtime.connect.SightingPublisher;
import io.footfall.runtime.sighting.Sighting;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishes sightings at QoS 1 to {@code footfall/sightings/<sensor>} (CONTRACT.md section 2), one per
 * message or arrays of up to N per sensor. With no broker on a loopback address it starts the embedded
 * one there — the zero-install live mode — and stops it on {@link #close}.
 *
 * <p>Up to {@value #WINDOW} messages are in flight at once, across {@link #publish} calls: waiting for
 * every PUBACK before sending on would make each call cost a round trip through the broker. {@link #flush}
 * and {@link #close} wait for the rest.
 */
public final class MqttSightingPublisher implements SightingPublisher {
    private static final long ACK_TIMEOUT_MILLIS = 60_000;
    /** Unacknowledged messages at most (Paho's own limit, maxInflight, is set to the same). */
    static final int WINDOW = 1000;

    private final MqttLink link;
    private final EmbeddedBroker startedBroker;
    private final String target;
    private final int perMessage;
    /** Published and not yet known to be acknowledged, oldest first. */
    private final ArrayDeque<MqttLink.Delivery> inFlight = new ArrayDeque<>();

    private MqttSightingPublisher(MqttLink link, EmbeddedBroker startedBroker, String target, int perMessage) {
        this.link = link;
        this.startedBroker = startedBroker;
        this.target = target;
        this.perMessage = Math.max(1, perMessage);
    }

    public static MqttSightingPublisher open(String host, int port, int perMessage) throws IOException {
        EmbeddedBroker started = EmbeddedBroker.startIfAbsent(host, port).orElse(null);
        String url = "tcp://" + host + ":" + port;
        MqttSettings settings = new MqttSettings(url, MqttSettings.MqttVersion.MQTT_3_1_1,
                "footfall-publisher-" + ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime()), true, 1,
                null, null, null, 10, 30, 5, WINDOW);
        MqttLink link = settings.newLink((topic, payload, id, qos, dup) -> { });
        try {
            link.connect();
        } catch (IOException e) {
            link.close();
            if (started != null) {
                started.stop();
            }
            throw e;
        }
        return new MqttSightingPublisher(link, started, "mqtt://" + host + ":" + port, perMessage);
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
        while (!inFlight.isEmpty()) {
            inFlight.poll().await(ACK_TIMEOUT_MILLIS);
        }
    }

    private static String topic(Sighting s) {
        return "footfall/sightings/" + s.sensor();
    }

    private void send(String topic, byte[] payload) throws IOException {
        while (!inFlight.isEmpty() && inFlight.peek().isComplete()) {
            inFlight.poll().await(0); // throws if that publish failed
        }
        if (inFlight.size() >= WINDOW) {
            inFlight.poll().await(ACK_TIMEOUT_MILLIS);
        }
        while (true) {
            try {
                inFlight.add(link.publish(topic, payload, 1, false));
                return;
            } catch (MqttLink.WindowFull full) {
                MqttLink.Delivery oldest = inFlight.poll();
                if (oldest != null) {
                    oldest.await(ACK_TIMEOUT_MILLIS);
                }
            }
        }
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
