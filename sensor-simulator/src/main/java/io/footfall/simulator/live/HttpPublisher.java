package io.footfall.simulator.live;

import io.footfall.runtime.connect.SightingPayload;
import io.footfall.runtime.sighting.Sighting;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** {@code POST /sightings} with one object or an array (CONTRACT section 2). */
final class HttpPublisher implements LivePublisher {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;

    HttpPublisher(URI base) {
        endpoint = URI.create("http://" + base.getHost() + ":" + base.getPort() + "/sightings");
    }

    @Override
    public void publish(String sensor, List<Sighting> sightings) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(SightingPayload.encode(sightings))).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IOException("POST " + endpoint + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while posting to " + endpoint, e);
        }
    }

    @Override
    public void close() {
    }
}
