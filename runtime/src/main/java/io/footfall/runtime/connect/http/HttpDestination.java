package io.footfall.runtime.connect.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.ConfigDef.Type;
import io.footfall.runtime.api.Destination;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageException;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.connect.ConnectivityLibrary;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * POSTs records as JSON arrays to a URL (another Footfall's HTTP origin, or any collector). A batch is
 * written when every request got a 2xx; 429, 503 and connection failures are retried with back-off,
 * anything else stops with the server's answer. Uses the JDK's HTTP client: no second HTTP stack.
 */
public final class HttpDestination extends AbstractStage implements Destination {
    public static final String ID = "footfall.destination.http";
    static final String URL = "url";
    static final String RECORDS_PER_REQUEST = "recordsPerRequest";
    static final String BEARER_TOKEN = "bearerToken";
    static final String TIMEOUT = "timeoutSeconds";
    static final String RETRIES = "retries";
    private static final ObjectMapper JSON = new ObjectMapper();

    private URI uri;
    private int perRequest;
    private String token;
    private Duration timeout;
    private int retries;
    private HttpClient client;

    public static StageDefinition definition() {
        return StageDefinition.builder(ID, 1, StageKind.DESTINATION).label("HTTP client").icon("network")
                .category(ConnectivityLibrary.CATEGORY).factory(HttpDestination::new)
                .description("POSTs records as JSON arrays to a URL, e.g. another pipeline's HTTP server origin.")
                .config(ConfigDef.builder(URL, Type.STRING).label("URL").required()
                        .defaultValue("http://127.0.0.1:8780/sightings").build())
                .config(ConfigDef.builder(RECORDS_PER_REQUEST, Type.INTEGER).label("Records per request")
                        .range(1, 100_000).defaultValue(500).build())
                .config(ConfigDef.builder(BEARER_TOKEN, Type.STRING).label("Bearer token").build())
                .config(ConfigDef.builder(TIMEOUT, Type.INTEGER).label("Timeout (s)").range(1, 600).defaultValue(10)
                        .group("Advanced").build())
                .config(ConfigDef.builder(RETRIES, Type.INTEGER).label("Retries").range(0, 100).defaultValue(5)
                        .group("Advanced").description("Tries again after 429, 503 or a failed connection, "
                                + "waiting 0.1 s, 0.2 s, 0.4 s, ...").build())
                .build();
    }

    @Override
    protected void configure(StageConfig config) {
        try {
            uri = URI.create(config.getString(URL).strip());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                issue(URL, "must be an http:// or https:// URL, not '" + uri + "'");
            }
        } catch (IllegalArgumentException e) {
            issue(URL, "is not a URL: " + e.getMessage());
        }
        perRequest = config.getInt(RECORDS_PER_REQUEST);
        String t = config.getString(BEARER_TOKEN);
        token = t == null || t.isBlank() ? null : t.strip();
        timeout = Duration.ofSeconds(config.getInt(TIMEOUT));
        retries = config.getInt(RETRIES);
        client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public void write(Batch batch) throws StageException {
        if (context().isPreview()) {
            return;
        }
        List<Object> chunk = new ArrayList<>(Math.min(perRequest, batch.size()));
        for (Record r : batch) {
            chunk.add(r.toJava());
            if (chunk.size() == perRequest) {
                post(chunk);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            post(chunk);
        }
    }

    private void post(List<Object> records) throws StageException {
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(records);
        } catch (JsonProcessingException e) {
            throw new StageException("HTTP_ENCODE", "cannot write a record as JSON: " + e.getOriginalMessage(), e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        String lastProblem = null;
        for (int attempt = 0; attempt <= retries; attempt++) {
            if (attempt > 0) {
                context().metrics().count("retries", 1);
                backOff(attempt);
            }
            try {
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    context().metrics().count("requests", 1);
                    context().metrics().count("records", records.size());
                    return;
                }
                lastProblem = uri + " answered " + status + ": " + abbreviate(response.body());
                if (status != 429 && status != 503) {
                    throw new StageException("HTTP_REFUSED", lastProblem);
                }
            } catch (IOException e) {
                lastProblem = "cannot POST to " + uri + ": " + e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StageException("HTTP_INTERRUPTED", "interrupted while posting to " + uri);
            }
        }
        throw new StageException("HTTP_FAILED", lastProblem + " (after " + (retries + 1) + " attempts)");
    }

    private static void backOff(int attempt) throws StageException {
        try {
            Thread.sleep(Math.min(5_000, 100L << Math.min(attempt - 1, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StageException("HTTP_INTERRUPTED", "interrupted while waiting to retry");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}
