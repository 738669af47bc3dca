package io.footfall.runtime.connect;

import io.footfall.runtime.sighting.Sighting;
import java.io.IOException;
import java.util.List;

/**
 * Sends sightings to a live origin the way a sensor would: the simulator's {@code --publish} and the
 * connectivity benchmark use it. Open one with {@link SightingPublishers#open}.
 */
public interface SightingPublisher extends AutoCloseable {

    /** Sends the sightings; returns when the transport accepted them (MQTT QoS 1: the broker acknowledged). */
    void publish(List<Sighting> sightings) throws IOException;

    /** Where the sightings go, for messages. */
    String target();

    @Override
    void close();
}
