package io.footfall.runtime.connect;

import io.footfall.runtime.connect.http.HttpSightingPublisher;
import io.footfall.runtime.connect.mqtt.MqttSightingPublisher;
import io.footfall.runtime.connect.udp.UdpSightingPublisher;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/** Opens a {@link SightingPublisher} for {@code mqtt://HOST:PORT}, {@code udp://HOST:PORT} or {@code http://HOST:PORT[/path]}. */
public final class SightingPublishers {
    private SightingPublishers() {
    }

    /**
     * @param sightingsPerMessage 1: one JSON object per message/datagram/request; more: JSON arrays of
     *                            up to this many (MQTT: per sensor topic)
     */
    public static SightingPublisher open(String url, int sightingsPerMessage) throws IOException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a URL: '" + url + "'", e);
        }
        if (uri.getHost() == null || uri.getPort() < 0) {
            throw new IllegalArgumentException("'" + url + "' needs a host and a port, e.g. mqtt://127.0.0.1:1883");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return switch (scheme) {
            case "mqtt", "tcp" -> MqttSightingPublisher.open(uri.getHost(), uri.getPort(), sightingsPerMessage);
            case "udp" -> new UdpSightingPublisher(uri.getHost(), uri.getPort(), sightingsPerMessage);
            case "http", "https" -> new HttpSightingPublisher(uri, sightingsPerMessage);
            default -> throw new IllegalArgumentException("cannot publish to '" + url
                    + "': use mqtt://HOST:PORT, udp://HOST:PORT or http://HOST:PORT");
        };
    }
}
