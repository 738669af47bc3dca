package io.footfall.simulator.live;

import io.footfall.runtime.connect.mqtt.MqttSightingPublisher;
import io.footfall.runtime.sighting.Sighting;
import java.io.IOException;
import java.util.List;

/**
 * Publishes to {@code footfall/sightings/<sensor id>} with QoS 1 through the runtime's
 * {@link MqttSightingPublisher}: one JSON object for a single sighting, a JSON array when a sensor has
 * several due at once, many messages in flight rather than a round trip to the broker per message. When
 * nothing listens on a loopback target it starts the embedded broker there first (the zero-install live
 * mode) and stops it at close, after every message was acknowledged.
 */
final class MqttPublisher implements LivePublisher {
    private final MqttSightingPublisher publisher;

    MqttPublisher(String host, int port) throws IOException {
        publisher = MqttSightingPublisher.open(host, port, 1);
        if (publisher.startedEmbeddedBroker()) {
            System.err.println("footfall simulate: no MQTT broker on " + host + ":" + port
                    + ", started the embedded one at " + publisher.target());
        }
    }

    @Override
    public void publish(String sensor, List<Sighting> sightings) throws IOException {
        publisher.publish(sensor, sightings);
    }

    @Override
    public void close() throws IOException {
        try {
            publisher.flush();
        } finally {
            publisher.close();
        }
    }
}
