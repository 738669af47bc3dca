package io.footfall.runtime.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small client of the pipeline server's API, for {@code footfall export} and the studio's export dialog. */
public final class ServerClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A status and the JSON body (an empty object when the body was not JSON). */
    public record Answer(int status, JsonNode body) {
    }

    private final URI base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public ServerClient(URI base, String token) {
        String s = base.toString();
        this.base = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
        this.token = token;
    }

    public Answer put(String id, String pipelineJson) throws IOException, InterruptedException {
        return send(request("/pipelines/" + id).PUT(HttpRequest.BodyPublishers.ofString(pipelineJson)));
    }

    public Answer get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    public Answer post(String id, String action) throws IOException, InterruptedException {
        return send(request("/pipelines/" + id + "/" + action).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body;
        try {
            body = JSON.readTree(r.body());
        } catch (IOException notJson) {
            body = JsonNodeFactory.instance.objectNode().put("message", r.body());
        }
        return new Answer(r.statusCode(), body == null ? JsonNodeFactory.instance.objectNode() : body);
    }
}
