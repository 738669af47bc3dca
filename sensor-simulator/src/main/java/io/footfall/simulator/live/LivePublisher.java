package io.footfall.simulator.live;

import io.footfall.runtime.sighting.Sighting;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Sends sightings to a live endpoint in the wire formats of CONTRACT section 2. */
public interface LivePublisher extends AutoCloseable {

    /** Sends sightings heard by one sensor, oldest first. */
    void publish(String sensor, List<Sighting> sightings) throws IOException;

    @Override
    void close() throws IOException;

    /** mqtt://HOST:PORT, udp://HOST:PORT or http://HOST:PORT; anything else is refused with a clear message. */
    static LivePublisher connect(URI uri) throws IOException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getPort() < 0) {
            throw new IllegalArgumentException("--publish " + uri + ": expected SCHEME://HOST:PORT");
        }
        return switch (scheme) {
            case "mqtt" -> new MqttPublisher(uri.getHost(), uri.getPort());
            case "udp" -> new UdpPublisher(uri.getHost(), uri.getPort());
            case "http" -> new HttpPublisher(uri);
            default -> throw new IllegalArgumentException("--publish " + uri + ": unsupported scheme '" + scheme
                    + "' (mqtt, udp or http)");
        };
    }
}
