package io.footfall.runtime.connect;

import io.footfall.runtime.sighting.Sighting;
import java.io.IOException;
import java.util.List;

/**
 * Sends sightings to a live origin the way a sensor would: the simulator's {@code --publish} and the
 * connectivity benchmark use it. Open one with {@link SightingPublishers#open}.
 */
public interface SightingPublisher extends AutoCloseable {

    /**
     * Sends the sightings. Returns once they are handed to the transport; a windowed transport (MQTT
     * QoS 1) may still be waiting for some acknowledgements: {@link #flush} and {@link #close} wait for them.
     */
    void publish(List<Sighting> sightings) throws IOException;

    /** Returns once everything published so far was accepted (MQTT QoS 1: the broker acknowledged it). */
    default void flush() throws IOException {
    }

    /** Where the sightings go, for messages. */
    String target();

    @Override
    void close();
}
