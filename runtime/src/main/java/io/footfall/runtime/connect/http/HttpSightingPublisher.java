package io.footfall.runtime.connect.http;

import io.footfall.runtime.connect.SightingPayload;
import io.footfall.runtime.connect.SightingPublisher;
import io.footfall.runtime.sighting.Sighting;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** POSTs sightings to an HTTP origin, retrying while it answers 503 (its queue is full). */
public final class HttpSightingPublisher implements SightingPublisher {
    private static final int BUSY_RETRIES = 50;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI uri;
    private final int perRequest;

    public HttpSightingPublisher(URI uri, int perRequest) {
        this.uri = uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/")
                ? uri.resolve("/sightings") : uri;
        this.perRequest = Math.max(1, perRequest);
    }

    @Override
    public void publish(List<Sighting> sightings) throws IOException {
        for (int from = 0; from < sightings.size(); from += perRequest) {
            List<Sighting> chunk = sightings.subList(from, Math.min(sightings.size(), from + perRequest));
            byte[] json = SightingPayload.encode(chunk);
            send(json);
        }
    }

    private void send(byte[] body) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            for (int attempt = 0; ; attempt++) {
                HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() / 100 == 2) {
                    return;
                }
                if (r.statusCode() != 503 || attempt >= BUSY_RETRIES) {
                    throw new IOException(uri + " answered " + r.statusCode() + ": " + r.body());
                }
                Thread.sleep(Math.min(200, 5L << Math.min(attempt, 5)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while posting to " + uri, e);
        }
    }

    @Override
    public String target() {
        return uri.toString();
    }

    @Override
    public void close() {
        // The JDK client has no close on Java 17; its threads end with the JVM or when unreferenced.
    }
}
