package io.footfall.simulator.live;

import io.footfall.runtime.connect.mqtt.EmbeddedBroker;
import io.footfall.runtime.sighting.Sighting;
import io.footfall.runtime.sighting.SightingJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * Publishes to {@code footfall/sightings/<sensor id>} with QoS 1: one JSON object for a single
 * sighting, a JSON array when a sensor has several due at once. When nothing listens on a loopback
 * target it starts the embedded broker there first (the zero-install live mode) and stops it at close.
 */
final class MqttPublisher implements LivePublisher {
    static final String TOPIC_PREFIX = "footfall/sightings/";
    private final MqttClient client;
    private final String server;
    private final EmbeddedBroker startedBroker;

    MqttPublisher(String host, int port) throws IOException {
        server = "tcp://" + host + ":" + port;
        startedBroker = EmbeddedBroker.startIfAbsent(host, port).orElse(null);
        if (startedBroker != null) {
            System.err.println("footfall simulate: no MQTT broker on " + host + ":" + port
                    + ", started the embedded one at mqtt://" + EmbeddedBroker.HOST + ":" + port);
        }
        try {
            client = new MqttClient(server, "footfall-sim-" + Long.toHexString(System.nanoTime()), new MemoryPersistence());
            MqttConnectOptions options = new MqttConnectOptions();
            options.setCleanSession(true);
            options.setAutomaticReconnect(true);
            options.setMaxInflight(1000);
            options.setConnectionTimeout(10);
            client.connect(options);
        } catch (MqttException e) {
            if (startedBroker != null) {
                startedBroker.stop();
            }
            throw new IOException("cannot connect to the MQTT broker at " + server + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void publish(String sensor, List<Sighting> sightings) throws IOException {
        MqttMessage message = new MqttMessage(payload(sightings).getBytes(StandardCharsets.UTF_8));
        message.setQos(1);
        try {
            client.publish(TOPIC_PREFIX + sensor, message);
        } catch (MqttException e) {
            throw new IOException("publishing to " + server + " failed: " + e.getMessage(), e);
        }
    }

    static String payload(List<Sighting> sightings) {
        if (sightings.size() == 1) {
            return SightingJson.toJson(sightings.get(0));
        }
        StringBuilder b = new StringBuilder(sightings.size() * 110).append('[');
        for (int i = 0; i < sightings.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(SightingJson.toJson(sightings.get(i)));
        }
        return b.append(']').toString();
    }

    @Override
    public void close() throws IOException {
        try {
            if (client.isConnected()) {
                client.disconnect(5000);
            }
            client.close();
        } catch (MqttException e) {
            throw new IOException("closing the MQTT connection to " + server + ": " + e.getMessage(), e);
        } finally {
            if (startedBroker != null) {
                startedBroker.stop();
            }
        }
    }
}
