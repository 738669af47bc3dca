package io.footfall.runtime.server;

import io.footfall.runtime.pipeline.Edge;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineJson;
import io.footfall.runtime.pipeline.StageInstance;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Pipelines and an HTTP client for the server tests. */
final class ServerFixtures {
    static final String TOKEN = "correct-horse-battery-staple";

    private ServerFixtures() {
    }

    /** A generator feeding the trash: endless at the given rate, or {@code records} records then done. */
    static String generatorPipeline(String id, int records, double perSecond) {
        return PipelineJson.toJson(new PipelineDefinition(null, id, "Generator " + id, null, null, List.of(), null, null,
                List.of(new StageInstance("gen", "footfall.origin.generator", 1, null,
                                Map.of("records", records, "recordsPerSecond", perSecond), null),
                        new StageInstance("out", "footfall.destination.trash", 1, null, Map.of(), null)),
                List.of(new Edge("gen", "output", "out"))));
    }

    /** A pipeline that fails on its first record (a field set through a number, policy STOP_PIPELINE). */
    static String failingPipeline(String id) {
        return PipelineJson.toJson(new PipelineDefinition(null, id, "Fails", null, null, List.of(), null, null,
                List.of(new StageInstance("gen", "footfall.origin.generator", 1, null,
                                Map.of("records", 0, "recordsPerSecond", 50), null),
                        new StageInstance("breaks", "footfall.processor.fieldSetter", 1, null,
                                Map.of("fields", List.of(Map.of("field", "/rssi/x", "value", "1", "mode", "CONSTANT")),
                                        "onRecordError", "STOP_PIPELINE"), null),
                        new StageInstance("out", "footfall.destination.trash", 1, null, Map.of(), null)),
                List.of(new Edge("gen", "output", "breaks"), new Edge("breaks", "output", "out"))));
    }

    static Path tokenFile(Path dir) throws IOException {
        Path f = dir.resolve("tokens.txt");
        Files.writeString(f, "# server tokens\n" + TOKEN + "\n");
        return f;
    }

    /** A tiny HTTP client that sends the token unless told not to. */
    static final class Http {
        final HttpClient client;
        final String base;

        Http(String base, HttpClient client) {
            this.base = base;
            this.client = client;
        }

        Http(String base) {
            this(base, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        }

        HttpResponse<String> send(String method, String path, String body, String token) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
            return send(method, path, body, TOKEN);
        }
    }
}
