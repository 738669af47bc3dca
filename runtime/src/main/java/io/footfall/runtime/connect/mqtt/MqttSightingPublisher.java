package io.footfall.runtime.connect.mqtt;

import io.footfall.runtime.connect.SightingPublisher;
import io.footfall.runtime.sighting.Sighting;
import io.footfall.runtime.sighting.SightingJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishes sightings at QoS 1 to {@code footfall/sightings/<sensor>} (CONTRACT.md section 2), one per
 * message or arrays of up to N per sensor. With no broker on a loopback address it starts the embedded
 * one there — the zero-install live mode — and stops it on {@link #close}.
 */
public final class MqttSightingPublisher implements SightingPublisher {
    private static final long ACK_TIMEOUT_MILLIS = 60_000;

    private final MqttLink link;
    private final EmbeddedBroker startedBroker;
    private final String target;
    private final int perMessage;

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
                "footfall-publisher-" + ProcessHandle.current().pid(), true, 1, null, null, null, 10, 30, 5, 1000);
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
        ArrayDeque<MqttLink.Delivery> inFlight = new ArrayDeque<>();
        if (perMessage == 1) {
            for (Sighting s : sightings) {
                send(topic(s), SightingJson.toJson(s), inFlight);
            }
        } else {
            Map<String, List<Sighting>> bySensor = new LinkedHashMap<>();
            for (Sighting s : sightings) {
                List<Sighting> group = bySensor.computeIfAbsent(topic(s), k -> new ArrayList<>());
                group.add(s);
                if (group.size() == perMessage) {
                    send(topic(s), array(group), inFlight);
                    group.clear();
                }
            }
            for (Map.Entry<String, List<Sighting>> e : bySensor.entrySet()) {
                if (!e.getValue().isEmpty()) {
                    send(e.getKey(), array(e.getValue()), inFlight);
                }
            }
        }
        for (MqttLink.Delivery d : inFlight) {
            d.await(ACK_TIMEOUT_MILLIS);
        }
    }

    private static String topic(Sighting s) {
        return "footfall/sightings/" + s.sensor();
    }

    private static String array(List<Sighting> group) {
        StringBuilder b = new StringBuilder(group.size() * 110).append('[');
        for (int i = 0; i < group.size(); i++) {
            b.append(i == 0 ? "" : ",").append(SightingJson.toJson(group.get(i)));
        }
        return b.append(']').toString();
    }

    private void send(String topic, String json, ArrayDeque<MqttLink.Delivery> inFlight) throws IOException {
        byte[] payload = json.getBytes(StandardCharsets.UTF_8);
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
        link.close();
        if (startedBroker != null) {
            startedBroker.stop();
        }
    }
}
